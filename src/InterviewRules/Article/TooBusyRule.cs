using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// Counter-reason "too busy for all these interviews": for someone who is looking, interviews must come first, and
/// almost every interview can be scheduled flexibly. Fires on the concern <c>tooBusy</c>: with the full weight when
/// the candidate is actively looking, with weight 0 when not (only the flexible-scheduling half applies then).
/// </summary>
public sealed class TooBusyRule : PlannedRule<InterviewScenario>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "too-busy";

    /// <summary>The default weight, for a candidate who is actively looking.</summary>
    public const double DefaultWeight = 0.5;

    private static readonly Func<Finding, CultureInfo, string> Explain = Explanation;


    private readonly double _weight;

    /// <summary>Creates the rule with the catalogue's defaults.</summary>
    public TooBusyRule()
        : this(new RuleWeightOptions())
    {
    }

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The parameters; checked all at once (every problem named in one error) and copied.</param>
    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public TooBusyRule(RuleWeightOptions options)
        : this(RuleParameter.CheckAll(RuleId, Parameters, Values(options ?? throw new ArgumentNullException(nameof(options))), nameof(options)))
    {
    }

    /// <summary>Creates the rule from parameter values already checked, in the order of <see cref="Parameters"/>.</summary>
    internal TooBusyRule(double[] values)
    {
        _weight = values[0];
        Descriptor = new RuleDescriptor(RuleId, FindingKind.CounterReason, Phrases.Rule(RuleId, RuleId + ".weightSummary", _weight));
    }

    // The options in the order of Parameters: the one place an option meets its position.
    private static double[] Values(RuleWeightOptions options) => [options.Weight ?? DefaultWeight];

    /// <summary>Gets the parameters a policy can set: <c>weight</c>.</summary>
    internal static IReadOnlyList<RuleParameter> Parameters { get; } = [new("weight", DefaultWeight, 0, 100, "The weight of the finding when the candidate is actively looking (0 when not).")];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    internal override double[] Weights => [_weight];

    internal override Finding Describe(InterviewScenario facts, in RuleDecision decision)
    {
        Evidence[] evidence = [Facts.Concerns.Evidence(facts), Facts.ActivelyLooking.Evidence(facts)];
        return new Finding(Descriptor, decision.Weight, decision.Veto, evidence, Explain);
    }

    internal override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision)
    {
        decision = new RuleDecision(facts.Candidate.ActivelyLooking ? _weight : 0, false);
        return facts.Has(Concern.TooBusy);
    }

    private static string Explanation(Finding finding, CultureInfo culture) =>
        Texts.Get(Facts.Get(finding, Facts.ActivelyLooking.Path).Boolean ? RuleId + ".looking" : RuleId + ".notLooking", culture);
}
