using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// The closing, low cost and high reward: an interview costs little but time. Fires when the interview is cheap
/// (video or phone, or a short trip), favouring it, or expensive (a long trip and interview for someone not
/// looking), weighing against it; when both hold, the parts add up. The expensive half goes beyond the article,
/// which assumes the cost is small, and the explanation says so.
/// </summary>
public sealed class LowCostRule : PlannedRule<InterviewScenario>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "low-cost";

    /// <summary>The default weight of a cheap interview.</summary>
    public const double DefaultCheapWeight = 0.5;

    /// <summary>The default weight against an expensive interview (a magnitude; the part is negative).</summary>
    public const double DefaultExpensiveWeight = 3;

    /// <summary>The default travel time, in hours, up to which an interview is cheap.</summary>
    public const double DefaultCheapTravelHoursAtMost = 1;

    /// <summary>The default total of travel and interview hours above which an interview is expensive for someone not looking.</summary>
    public const double DefaultExpensiveHoursAbove = 8;

    private static readonly Func<Finding, CultureInfo, string> ExplainCheap = (f, c) => Explanation(f, c, cheap: true, expensive: false);

    private const ulong CheapBit = 1, ExpensiveBit = 2;

    private static readonly Func<Finding, CultureInfo, string> ExplainExpensive = (f, c) => Explanation(f, c, cheap: false, expensive: true);
    private static readonly Func<Finding, CultureInfo, string> ExplainBoth = (f, c) => Explanation(f, c, cheap: true, expensive: true);

    private readonly double _cheapWeight;
    private readonly double _expensiveWeight;
    private readonly double _cheapTravel;
    private readonly double _expensiveHours;
    private readonly RuleDescriptor _expensive;
    private readonly RuleDescriptor _both;

    /// <summary>Creates the rule with the catalogue's defaults.</summary>
    public LowCostRule()
        : this(new LowCostOptions())
    {
    }

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The parameters; checked all at once (every problem named in one error) and copied.</param>
    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public LowCostRule(LowCostOptions options)
        : this(RuleParameter.CheckAll(RuleId, Parameters, Values(options ?? throw new ArgumentNullException(nameof(options))), nameof(options)))
    {
    }

    /// <summary>Creates the rule from parameter values already checked, in the order of <see cref="Parameters"/>.</summary>
    internal LowCostRule(double[] values)
    {
        _cheapWeight = values[0];
        _expensiveWeight = values[1];
        _cheapTravel = values[2];
        _expensiveHours = values[3];
        Descriptor = new RuleDescriptor(RuleId, FindingKind.Cost, Phrases.Rule(RuleId, RuleId + ".weightSummary", _cheapWeight, -_expensiveWeight));

        // A finding is titled by the half that held: the article's title for the cheap half alone, the library's own
        // for the long day that goes beyond the article, and one that names both when both hold.
        _expensive = new RuleDescriptor(RuleId, FindingKind.Cost, Phrases.Rule(RuleId + ".expensiveTitle", RuleId + ".expensiveSource", RuleId + ".weightSummary", _cheapWeight, -_expensiveWeight));
        _both = new RuleDescriptor(RuleId, FindingKind.Cost, Phrases.Rule(RuleId + ".bothTitle", RuleId + ".bothSource", RuleId + ".weightSummary", _cheapWeight, -_expensiveWeight));
    }

    // The options in the order of Parameters: the one place an option meets its position.
    internal static double[] Values(LowCostOptions options) => [options.CheapWeight, options.ExpensiveWeight, options.CheapTravelHoursAtMost, options.ExpensiveHoursAbove];

    /// <summary>Gets the parameters a policy can set: <c>cheapWeight</c>, <c>expensiveWeight</c>, <c>cheapTravelHoursAtMost</c>, <c>expensiveHoursAbove</c>.</summary>
    internal static IReadOnlyList<RuleParameter> Parameters { get; } =
    [
        new("cheapWeight", DefaultCheapWeight, 0, 100, "The weight for a cheap interview (video, phone, or a short trip)."),
        new("expensiveWeight", DefaultExpensiveWeight, 0, 100, "The weight against an expensive interview for a candidate who is not looking."),
        new("cheapTravelHoursAtMost", DefaultCheapTravelHoursAtMost, 0, 100, "An interview is cheap when opportunity.travelHours is at most this."),
        new("expensiveHoursAbove", DefaultExpensiveHoursAbove, 0, 200, "An interview is expensive when travelHours plus durationHours is above this and the candidate is not looking."),
    ];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    internal override double[] Weights => [_cheapWeight, _expensiveWeight];

    internal override Finding Describe(InterviewScenario facts, in RuleDecision decision)
    {
        var cheap = (decision.Record & CheapBit) != 0;
        var expensive = (decision.Record & ExpensiveBit) != 0;
        Evidence[] evidence = [Facts.Format.Evidence(facts), Facts.TravelHours.Evidence(facts), Facts.DurationHours.Evidence(facts), Facts.ActivelyLooking.Evidence(facts)];
        return new Finding(expensive ? (cheap ? _both : _expensive) : Descriptor, decision.Weight, false, evidence, expensive ? (cheap ? ExplainBoth : ExplainExpensive) : ExplainCheap);
    }

    // Small and called once per scenario from InterviewPlan.Score, where inlining it matters.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision)
    {
        var o = facts.Opportunity;
        var cheap = o.Format is InterviewFormat.Video or InterviewFormat.Phone || o.TravelHours <= _cheapTravel;
        var expensive = o.TravelHours + o.DurationHours > _expensiveHours && !facts.Candidate.ActivelyLooking;
        decision = new RuleDecision((cheap ? _cheapWeight : 0) - (expensive ? _expensiveWeight : 0), false, (cheap ? CheapBit : 0) | (expensive ? ExpensiveBit : 0));
        return cheap || expensive;
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
                    expensive ? RuleId + ".remoteLong" : RuleId + ".remote",
                    culture,
                    Texts.Get(format == "video" ? "format.video" : "format.phone", culture),
                    travel == 0 ? Texts.Get(RuleId + ".noTravel", culture) : Texts.Format(RuleId + ".travel", culture, Texts.Count(travel, "hour", culture)),
                    Texts.Count(duration, "hour", culture))
                : Texts.Format(expensive ? RuleId + ".shortTripLong" : RuleId + ".shortTrip", culture, Texts.Count(travel, "hour", culture), Texts.Count(duration, "hour", culture)));
            parts.Add(Texts.Get(expensive ? RuleId + ".cheapLong" : RuleId + ".cheap", culture));
        }

        if (expensive)
        {
            parts.Add(Texts.Format(
                travel == 0 ? (cheap ? RuleId + ".expensiveNoTravelYet" : RuleId + ".expensiveNoTravel") : (cheap ? RuleId + ".expensiveYet" : RuleId + ".expensive"),
                culture,
                Texts.Count(travel + duration, "hour", culture),
                WeightText.NumberFor(travel, culture),
                WeightText.NumberFor(duration, culture)));
            parts.Add(Texts.Get(RuleId + ".expensiveInference", culture));
        }

        return string.Join(" ", parts);
    }
}
