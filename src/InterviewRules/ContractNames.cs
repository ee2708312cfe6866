using System;
using System.Collections.Generic;
using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules;

/// <summary>
/// The camelCase names of the contract's enums, as JSON writes them: the vocabulary the readers, the writers and the
/// policies share, so it belongs to none of them. The scenario's four (concerns, red flags, interviewer roles,
/// formats) are declared with their facts in <see cref="Facts"/>; the result's and the policy's are here.
/// </summary>
internal static class ContractNames
{
    private static readonly EnumNames<FindingKind> KindNames = new("reason", "counterReason", "exception", "cost");
    private static readonly EnumNames<FindingEffect> EffectNames = new("neutral", "accept", "decline");
    private static readonly EnumNames<Verdict> VerdictNames = new("accept", "decline");
    private static readonly EnumNames<AssessmentStatus> StatusNames = new("settled", "open", "undetermined");
    private static readonly EnumNames<Article.ConditionOperator> OperatorNames = new("equals", "notEquals", "lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual", "in", "contains");

    internal static IReadOnlyList<string> Operators => OperatorNames;

    internal static IReadOnlyList<string> Effects => EffectNames;

    internal static IReadOnlyList<string> Kinds => KindNames;

    /// <summary>Gets the contract name of a concern (<c>notInterested</c>).</summary>
    public static string Of(Concern value) => Facts.ConcernNames.Of(value);

    /// <summary>Gets the contract name of a red flag (<c>highTurnover</c>).</summary>
    public static string Of(RedFlag value) => Facts.RedFlagNames.Of(value);

    /// <summary>Gets the contract name of an interviewer role (<c>hiringManager</c>).</summary>
    public static string Of(InterviewerRole value) => Facts.InterviewerNames.Of(value);

    /// <summary>Gets the contract name of an interview format (<c>onSite</c>).</summary>
    public static string Of(InterviewFormat value) => Facts.FormatNames.Of(value);

    /// <summary>Gets the contract name of a finding kind (<c>counterReason</c>).</summary>
    public static string Of(FindingKind value) => KindNames.Of(value);

    /// <summary>Gets the contract name of a finding effect (<c>accept</c>).</summary>
    public static string Of(FindingEffect value) => EffectNames.Of(value);

    /// <summary>Gets the contract name of a decision (<c>accept</c>).</summary>
    public static string Of(Verdict value) => VerdictNames.Of(value);

    /// <summary>Gets the contract name of an assessment's status (<c>settled</c>).</summary>
    public static string Of(AssessmentStatus value) => StatusNames.Of(value);

    /// <summary>Gets the contract name of a condition operator (<c>lessThan</c>).</summary>
    public static string Of(Article.ConditionOperator value) => OperatorNames.Of(value);

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
}
