using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// The closing, low cost and high reward: an interview costs little but time. Two weight parts: a cheap interview
/// (video or phone, or a short trip) favours it; an expensive one (a long trip and interview for someone not looking)
/// weighs against it; when both hold they add up. The expensive half goes beyond the article, which assumes the cost
/// is small, and its words say so; the finding is titled by the half that held.
/// </summary>
internal static class LowCostRule
{
    public const string Id = "low-cost";

    public const double DefaultCheapWeight = 0.5, DefaultExpensiveWeight = 3, DefaultCheapTravelHoursAtMost = 1, DefaultExpensiveHoursAbove = 8;

    public static IReadOnlyList<RuleParameter> Parameters { get; } =
    [
        new("cheapWeight", DefaultCheapWeight, 0, 100, "The weight for a cheap interview (video, phone, or a short trip)."),
        new("expensiveWeight", DefaultExpensiveWeight, 0, 100, "The weight against an expensive interview for a candidate who is not looking."),
        new("cheapTravelHoursAtMost", DefaultCheapTravelHoursAtMost, 0, 100, "An interview is cheap when opportunity.travelHours is at most this."),
        new("expensiveHoursAbove", DefaultExpensiveHoursAbove, 0, 200, "An interview is expensive when travelHours plus durationHours is above this and the candidate is not looking."),
    ];

    // The options in the order of Parameters: the one place an option meets its position.
    public static double[] Values(LowCostOptions options) => [options.CheapWeight, options.ExpensiveWeight, options.CheapTravelHoursAtMost, options.ExpensiveHoursAbove];

    public static RuleEntry Create(double[] p)
    {
        var summary = Id + ".weightSummary";
        RuleDescriptor Titled(string title, string source) => new(Id, FindingKind.Cost, Phrases.Rule(title, source, summary, p[0], -p[1]));
        var cheap = Titled(Id + ".title", Id + ".source");
        return new RuleEntry
        {
            Descriptor = cheap,
            Parts =
            [
                new(Condition.Any(
                    Condition.Fact(Facts.Format, ConditionOperator.In, FactValue.FromList([Facts.FormatNames.Of(InterviewFormat.Video), Facts.FormatNames.Of(InterviewFormat.Phone)])),
                    Condition.Fact(Facts.TravelHours, ConditionOperator.LessThanOrEqual, p[2])), p[0]),
                new(Condition.All(
                    Condition.Fact(Facts.TotalHours, ConditionOperator.GreaterThan, p[3]),
                    Condition.Fact(Facts.ActivelyLooking, ConditionOperator.EqualTo, FactValue.FromBoolean(false))), -p[1]),
            ],
            Evidence = [new(Facts.Format), new(Facts.TravelHours), new(Facts.DurationHours), new(Facts.ActivelyLooking)],
            Words = new(cheap, (f, c) => Explanation(f, c, cheap: true, expensive: false)),

            // By the parts that held: the cheap half alone (the article's title), the long day that goes beyond the
            // article, and both.
            WordsByParts =
            [
                null,
                null,
                new(Titled(Id + ".expensiveTitle", Id + ".expensiveSource"), (f, c) => Explanation(f, c, cheap: false, expensive: true)),
                new(Titled(Id + ".bothTitle", Id + ".bothSource"), (f, c) => Explanation(f, c, cheap: true, expensive: true)),
            ],
        };
    }

    private static string Explanation(Finding finding, CultureInfo culture, bool cheap, bool expensive)
    {
        var format = Facts.Get(finding, Facts.Format.Path).Text;
        var travel = Facts.Get(finding, Facts.TravelHours.Path).Number;
        var duration = Facts.Get(finding, Facts.DurationHours.Path).Number;
        var parts = new List<string>(4);
        if (cheap)
        {
            parts.Add(format is "video" or "phone"
                ? Texts.Format(
                    expensive ? Id + ".remoteLong" : Id + ".remote",
                    culture,
                    Texts.Get(format == "video" ? "format.video" : "format.phone", culture),
                    travel == 0 ? Texts.Get(Id + ".noTravel", culture) : Texts.Format(Id + ".travel", culture, Texts.Count(travel, "hour", culture)),
                    Texts.Count(duration, "hour", culture))
                : Texts.Format(expensive ? Id + ".shortTripLong" : Id + ".shortTrip", culture, Texts.Count(travel, "hour", culture), Texts.Count(duration, "hour", culture)));
            parts.Add(Texts.Get(expensive ? Id + ".cheapLong" : Id + ".cheap", culture));
        }

        if (expensive)
        {
            parts.Add(Texts.Format(
                travel == 0 ? (cheap ? Id + ".expensiveNoTravelYet" : Id + ".expensiveNoTravel") : (cheap ? Id + ".expensiveYet" : Id + ".expensive"),
                culture,
                Texts.Count(travel + duration, "hour", culture),
                WeightText.NumberFor(travel, culture),
                WeightText.NumberFor(duration, culture)));
            parts.Add(Texts.Get(Id + ".expensiveInference", culture));
        }

        return string.Join(" ", parts);
    }
}
