using System;
using System.Collections.Generic;

namespace InterviewRules;

/// <summary>The camelCase names of the contract's enums, as JSON writes them; the single table both the reader and the writer use.</summary>
public static class ContractNames
{
    private static readonly string[] ConcernNames = ["notInterested", "wrongIndustry", "vagueBadFeeling", "fearOfLeadingOn", "tooBusy", "fearOfRejection", "waitingOnFirstChoice"];
    private static readonly string[] RedFlagNames = ["negativeManagement", "leadershipConflict", "highTurnover", "hostileCulture", "untrustworthyLeadership"];
    private static readonly string[] InterviewerNames = ["recruiter", "hiringManager", "departmentHead", "executive", "peer", "unknown"];
    private static readonly string[] FormatNames = ["video", "phone", "onSite"];
    private static readonly string[] KindNames = ["reason", "counterReason", "exception", "cost"];
    private static readonly string[] EffectNames = ["neutral", "accept", "decline"];
    private static readonly string[] VerdictNames = ["accept", "decline"];
    private static readonly string[] OperatorNames = ["equals", "notEquals", "lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual", "in", "contains"];

    /// <summary>Gets the contract name of a concern (<c>notInterested</c>).</summary>
    /// <param name="value">The concern.</param>
    /// <returns>The name.</returns>
    public static string Of(Concern value) => Name(ConcernNames, (int)value, value);

    /// <summary>Gets the contract name of a red flag (<c>highTurnover</c>).</summary>
    /// <param name="value">The red flag.</param>
    /// <returns>The name.</returns>
    public static string Of(RedFlag value) => Name(RedFlagNames, (int)value, value);

    /// <summary>Gets the contract name of an interviewer role (<c>hiringManager</c>).</summary>
    /// <param name="value">The role.</param>
    /// <returns>The name.</returns>
    public static string Of(InterviewerRole value) => Name(InterviewerNames, (int)value, value);

    /// <summary>Gets the contract name of an interview format (<c>onSite</c>).</summary>
    /// <param name="value">The format.</param>
    /// <returns>The name.</returns>
    public static string Of(InterviewFormat value) => Name(FormatNames, (int)value, value);

    /// <summary>Gets the contract name of a finding kind (<c>counterReason</c>).</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The name.</returns>
    public static string Of(FindingKind value) => Name(KindNames, (int)value, value);

    /// <summary>Gets the contract name of a finding effect (<c>accept</c>).</summary>
    /// <param name="value">The effect.</param>
    /// <returns>The name.</returns>
    public static string Of(FindingEffect value) => Name(EffectNames, (int)value, value);

    /// <summary>Gets the contract name of a decision (<c>accept</c>).</summary>
    /// <param name="value">The decision.</param>
    /// <returns>The name.</returns>
    public static string Of(Verdict value) => Name(VerdictNames, (int)value, value);

    /// <summary>Gets the contract name of a condition operator (<c>lessThan</c>).</summary>
    /// <param name="value">The operator.</param>
    /// <returns>The name.</returns>
    internal static string Of(Policies.ConditionOperator value) => Name(OperatorNames, (int)value, value);

    internal static IReadOnlyList<string> Operators => OperatorNames;

    internal static IReadOnlyList<string> Effects => EffectNames;

    internal static IReadOnlyList<string> Concerns => ConcernNames;

    internal static IReadOnlyList<string> RedFlags => RedFlagNames;

    internal static IReadOnlyList<string> Interviewers => InterviewerNames;

    internal static IReadOnlyList<string> Formats => FormatNames;

    internal static IReadOnlyList<string> Kinds => KindNames;

    internal static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Name<TEnum>(string[] names, int index, TEnum value)
        where TEnum : struct, Enum =>
        (uint)index < (uint)names.Length
            ? names[index]
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name}; it must be one of {string.Join(", ", names)}.");
}
