using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// Counter-reason "too busy for all these interviews": for someone who is looking, interviews must come first, and
/// almost every interview can be scheduled flexibly. Fires on the concern <c>tooBusy</c>; its weight counts only when
/// the candidate is actively looking (only the flexible-scheduling half of the answer applies otherwise).
/// </summary>
internal static class TooBusyRule
{
    public const string Id = "too-busy";

    public static IReadOnlyList<RuleParameter> Parameters { get; } =
        [new("weight", 0.5, 0, 100, "The weight of the finding when the candidate is actively looking (0 when not).")];

    public static RuleEntry Create(double[] p)
    {
        var descriptor = new RuleDescriptor(Id, FindingKind.CounterReason, Phrases.Rule(Id, Id + ".weightSummary", p[0]));
        return new RuleEntry
        {
            Descriptor = descriptor,
            When = Condition.Contains(Facts.Concerns, Facts.ConcernNames.Of(Concern.TooBusy)),
            Parts = [new(Condition.Fact(Facts.ActivelyLooking, ConditionOperator.EqualTo, FactValue.FromBoolean(true)), p[0])],
            Evidence = [new(Facts.Concerns), new(Facts.ActivelyLooking)],
            Words = new(descriptor, Explanation),
        };
    }

    private static string Explanation(Finding finding, CultureInfo culture) =>
        Texts.Get(Facts.Get(finding, Facts.ActivelyLooking.Path).Boolean ? Id + ".looking" : Id + ".notLooking", culture);
}
