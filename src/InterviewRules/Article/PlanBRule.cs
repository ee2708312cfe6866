using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// §2 You Might Not Get Your First Choice: even a sure thing can fall through, so keep a plan B. Fires when the
/// candidate is actively looking with few other opportunities, or is waiting on a first choice.
/// </summary>
internal static class PlanBRule
{
    public const string Id = "plan-b";

    public const double DefaultWeight = 2, DefaultOtherOpportunitiesBelow = 3;

    public static IReadOnlyList<RuleParameter> Parameters { get; } =
    [
        new("weight", DefaultWeight, 0, 100, "The weight of the finding."),
        new("otherOpportunitiesBelow", DefaultOtherOpportunitiesBelow, 0, 1000, "Fires for an active searcher whose candidate.otherOpportunities is below this."),
    ];

    // The options in the order of Parameters: the one place an option meets its position.
    public static double[] Values(PlanBOptions options) => [options.Weight, options.OtherOpportunitiesBelow];

    public static RuleEntry Create(double[] p)
    {
        var waiting = Condition.Contains(Facts.Concerns, Facts.ConcernNames.Of(Concern.WaitingOnFirstChoice));
        return ArticleRules.Simple(
            Id,
            FindingKind.Reason,
            Condition.Any(
                Condition.All(
                    Condition.Fact(Facts.ActivelyLooking, ConditionOperator.EqualTo, FactValue.FromBoolean(true)),
                    Condition.Fact(Facts.OtherOpportunities, ConditionOperator.LessThan, p[1])),
                waiting),
            p[0],
            [new(Facts.ActivelyLooking), new(Facts.OtherOpportunities), new(Facts.Concerns, waiting)],
            Explanation);
    }

    private static string Explanation(Finding finding, CultureInfo culture)
    {
        var looking = Facts.Get(finding, Facts.ActivelyLooking.Path).Boolean;
        var others = Facts.Get(finding, Facts.OtherOpportunities.Path).Number;
        var waiting = finding.TryGetEvidence(Facts.Concerns.Path, out _);
        // No other opportunity reads as words, and what to do depends on how many are open: a first spare, one more,
        // or patience until the first choice is in writing.
        var who = Texts.Get(looking ? Id + ".looking" : Id + ".notLooking", culture);
        var sentence = (others == 0, waiting) switch
        {
            (true, true) => Texts.Format(Id + ".waitingOnly", culture, who),
            (true, false) => Texts.Format(Id + ".end", culture, Texts.Format(Id + ".noOthers", culture, who)),
            _ => Texts.Format(waiting ? Id + ".waiting" : Id + ".end", culture, Texts.Format(Id + ".others", culture, who, Texts.Count(others, "otherOpportunity", culture))),
        };
        var step = others == 0 ? Id + ".keepOpen" : waiting ? Id + ".untilSigned" : Id + ".addOne";
        return string.Join(" ", sentence, Texts.Get(Id + ".explanation", culture), Texts.Get(step, culture));
    }
}
