using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// The exception in §4's example: a detailed picture of the people (negative management, conflict between leadership
/// and staff, high turnover, a hostile culture) justifies turning a job down, where a vague feeling does not. One
/// weight part per such red flag known in detail; fires when any holds.
/// </summary>
internal static class ConcreteRedFlagsRule
{
    public const string Id = "concrete-red-flags";

    /// <summary>The flags that count, one weight part each (untrustworthy leadership is the veto's, not these).</summary>
    public static IReadOnlyList<RedFlag> Counted { get; } = [RedFlag.NegativeManagement, RedFlag.LeadershipConflict, RedFlag.HighTurnover, RedFlag.HostileCulture];

    public static IReadOnlyList<RuleParameter> Parameters { get; } =
        [new("weightPerFlag", 3, 0, 100, "The weight against the interview for each of negativeManagement, leadershipConflict, highTurnover, hostileCulture.")];

    public static RuleEntry Create(double[] p)
    {
        var descriptor = new RuleDescriptor(Id, FindingKind.Exception, Phrases.Rule(Id, Id + ".weightSummary", -p[0]));
        var parts = new WeightPart[Counted.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = new(Condition.Contains(Facts.RedFlags, Facts.RedFlagNames.Of(Counted[i])), -p[0]);
        }

        return new RuleEntry { Descriptor = descriptor, Parts = parts, Evidence = [new(Facts.RedFlags)], Words = new(descriptor, Explanation) };
    }

    private static string Explanation(Finding finding, CultureInfo culture)
    {
        var flags = new List<string>();
        foreach (var flag in Facts.Get(finding, Facts.RedFlags.Path).Items)
        {
            if (flag != ContractNames.Of(RedFlag.UntrustworthyLeadership))
            {
                flags.Add(Phrases.RedFlag(flag, culture));
            }
        }

        return Texts.Format(Id + ".explanation", culture, Texts.Count(flags.Count, "redFlag", culture), string.Join("; ", flags), WeightText.NumberFor(-finding.Weight, culture));
    }
}
