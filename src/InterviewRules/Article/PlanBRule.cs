using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// §2 You Might Not Get Your First Choice: even a sure thing can fall through, so keep a plan B. Fires when the
/// candidate is actively looking with few other opportunities, or is waiting on a first choice.
/// </summary>
public sealed class PlanBRule : PlannedRule<InterviewScenario>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "plan-b";

    /// <summary>The default weight.</summary>
    public const double DefaultWeight = 2;

    /// <summary>The default threshold of other opportunities.</summary>
    public const double DefaultOtherOpportunitiesBelow = 3;

    private static readonly Func<Finding, CultureInfo, string> Explain = Explanation;


    private readonly double _weight;
    private readonly double _opportunitiesBelow;

    /// <summary>Creates the rule with the catalogue's defaults.</summary>
    public PlanBRule()
        : this(new PlanBOptions())
    {
    }

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The parameters; checked all at once (every problem named in one error) and copied.</param>
    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public PlanBRule(PlanBOptions options)
        : this(RuleParameter.CheckAll(RuleId, Parameters, Values(options ?? throw new ArgumentNullException(nameof(options))), nameof(options)))
    {
    }

    /// <summary>Creates the rule from parameter values already checked, in the order of <see cref="Parameters"/>.</summary>
    internal PlanBRule(double[] values)
    {
        _weight = values[0];
        _opportunitiesBelow = values[1];
        Descriptor = new RuleDescriptor(RuleId, FindingKind.Reason, Phrases.Rule(RuleId, _weight));
    }

    // The options in the order of Parameters: the one place an option meets its position.
    internal static double[] Values(PlanBOptions options) => [options.Weight, options.OtherOpportunitiesBelow];

    /// <summary>Gets the parameters a policy can set: <c>weight</c>, <c>otherOpportunitiesBelow</c>.</summary>
    internal static IReadOnlyList<RuleParameter> Parameters { get; } =
    [
        new("weight", DefaultWeight, 0, 100, "The weight of the finding."),
        new("otherOpportunitiesBelow", DefaultOtherOpportunitiesBelow, 0, 1000, "Fires for an active searcher whose candidate.otherOpportunities is below this."),
    ];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    internal override double[] Weights => [_weight];

    internal override Finding Describe(InterviewScenario facts, in RuleDecision decision)
    {
        Evidence[] evidence = facts.Has(Concern.WaitingOnFirstChoice)
            ? [Facts.ActivelyLooking.Evidence(facts), Facts.OtherOpportunities.Evidence(facts), Facts.Concerns.Evidence(facts)]
            : [Facts.ActivelyLooking.Evidence(facts), Facts.OtherOpportunities.Evidence(facts)];
        return new Finding(Descriptor, decision.Weight, false, evidence, Explain);
    }

    internal override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision)
    {
        decision = new RuleDecision(_weight, false);
        return (facts.Candidate.ActivelyLooking && facts.Candidate.OtherOpportunities < _opportunitiesBelow) || facts.Has(Concern.WaitingOnFirstChoice);
    }

    private static string Explanation(Finding finding, CultureInfo culture)
    {
        var looking = Facts.Get(finding, Facts.ActivelyLooking.Path).Boolean;
        var others = Facts.Get(finding, Facts.OtherOpportunities.Path).Number;
        var waiting = finding.TryGetEvidence(Facts.Concerns.Path, out _);
        // Literal keys: the text table finds them by reference, and no key is built per call. No other opportunity
        // reads as words, and what to do depends on how many are open: a first spare, one more, or patience until
        // the first choice is in writing.
        var who = Texts.Get(looking ? RuleId + ".looking" : RuleId + ".notLooking", culture);
        var sentence = (others == 0, waiting) switch
        {
            (true, true) => Texts.Format(RuleId + ".waitingOnly", culture, who),
            (true, false) => Texts.Format(RuleId + ".end", culture, Texts.Format(RuleId + ".noOthers", culture, who)),
            _ => Texts.Format(waiting ? RuleId + ".waiting" : RuleId + ".end", culture, Texts.Format(RuleId + ".others", culture, who, Texts.Count(others, "otherOpportunity", culture))),
        };
        var step = others == 0 ? RuleId + ".keepOpen" : waiting ? RuleId + ".untilSigned" : RuleId + ".addOne";
        return string.Join(" ", sentence, Texts.Get(RuleId + ".explanation", culture), Texts.Get(step, culture));
    }
}
