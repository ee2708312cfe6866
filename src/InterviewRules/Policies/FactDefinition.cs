using System;
using System.Collections.Generic;
using InterviewRules.Article;

namespace InterviewRules.Policies;

/// <summary>
/// One scenario fact that declarative conditions can read, by path. The registry is written in code: a table of
/// named accessors, no reflection, so a policy can name only what is listed here.
/// </summary>
public sealed class FactDefinition
{
    private static readonly string[] NoNames = [];

    private FactDefinition(string path, FactType type, IReadOnlyList<string>? allowed, Func<InterviewScenario, FactValue> read)
    {
        Path = path;
        Type = type;
        AllowedValues = allowed ?? NoNames;
        Read = read;
    }

    /// <summary>Gets every fact, in the scenario contract's order.</summary>
    public static IReadOnlyList<FactDefinition> All { get; } =
    [
        new(FactPaths.YearsOfExperience, FactType.Number, null, s => FactValue.FromNumber(s.Candidate.YearsOfExperience)),
        new(FactPaths.InterviewsInLastYear, FactType.Number, null, s => FactValue.FromNumber(s.Candidate.InterviewsInLastYear)),
        new(FactPaths.ActivelyLooking, FactType.Boolean, null, s => FactValue.FromBoolean(s.Candidate.ActivelyLooking)),
        new(FactPaths.OtherOpportunities, FactType.Number, null, s => FactValue.FromNumber(s.Candidate.OtherOpportunities)),
        new(FactPaths.Interviewer, FactType.Text, ContractNames.Interviewers, s => FactValue.FromText(ContractNames.Of(s.Opportunity.Interviewer))),
        new(FactPaths.Format, FactType.Text, ContractNames.Formats, s => FactValue.FromText(ContractNames.Of(s.Opportunity.Format))),
        new(FactPaths.TravelHours, FactType.Number, null, s => FactValue.FromNumber(s.Opportunity.TravelHours)),
        new(FactPaths.DurationHours, FactType.Number, null, s => FactValue.FromNumber(s.Opportunity.DurationHours)),
        new(FactPaths.Industry, FactType.Text, null, s => FactValue.FromText(s.Opportunity.Industry)),
        new(FactPaths.TotalHours, FactType.Number, null, s => FactValue.FromNumber(s.Opportunity.TravelHours + s.Opportunity.DurationHours)),
        new(FactPaths.Concerns, FactType.List, ContractNames.Concerns, s => FactValue.FromList(s.ConcernNames)),
        new(FactPaths.RedFlags, FactType.List, ContractNames.RedFlags, s => FactValue.FromList(s.RedFlagNames)),
    ];

    /// <summary>Gets the fact's path (<c>candidate.yearsOfExperience</c>).</summary>
    public string Path { get; }

    /// <summary>Gets the fact's type.</summary>
    public FactType Type { get; }

    /// <summary>Gets the names the fact can take (or, for lists, contain); empty when any text is allowed.</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    internal Func<InterviewScenario, FactValue> Read { get; }

    /// <summary>Finds a fact by path.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The fact, or <see langword="null"/>.</returns>
    public static FactDefinition? Find(string? path)
    {
        foreach (var fact in All)
        {
            if (string.Equals(fact.Path, path, StringComparison.Ordinal))
            {
                return fact;
            }
        }

        return null;
    }

    /// <summary>Gets the operators valid for the fact's type.</summary>
    /// <returns>The operators.</returns>
    internal IReadOnlyList<ConditionOperator> Operators() => Type switch
    {
        FactType.Number => [ConditionOperator.EqualTo, ConditionOperator.NotEqualTo, ConditionOperator.LessThan, ConditionOperator.LessThanOrEqual, ConditionOperator.GreaterThan, ConditionOperator.GreaterThanOrEqual],
        FactType.Boolean => [ConditionOperator.EqualTo, ConditionOperator.NotEqualTo],
        FactType.Text => [ConditionOperator.EqualTo, ConditionOperator.NotEqualTo, ConditionOperator.In],
        _ => [ConditionOperator.Contains],
    };

    internal static string Paths() => string.Join(", ", Array.ConvertAll([.. All], f => f.Path));
}
