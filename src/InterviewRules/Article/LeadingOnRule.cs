using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// Counter-reason "afraid of leading them on": interviewing and later declining is part of the process and does
/// not hurt your reputation; only an unprofessional refusal would. Fires on the concern <c>fearOfLeadingOn</c>,
/// with advice on declining well.
/// </summary>
public sealed class LeadingOnRule : PlannedRule<InterviewScenario>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "leading-on";

    /// <summary>The default weight.</summary>
    public const double DefaultWeight = 0.5;

    private static readonly Func<Finding, CultureInfo, string> Explain = Explanation;


    private static readonly Func<CultureInfo, IReadOnlyList<string>> AdviceItems = Phrases.Advice(RuleId, 3);

    private readonly double _weight;

    /// <summary>Creates the rule with the catalogue's defaults.</summary>
    public LeadingOnRule()
        : this(new RuleWeightOptions())
    {
    }

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The parameters; checked all at once (every problem named in one error) and copied.</param>
    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public LeadingOnRule(RuleWeightOptions options)
        : this(RuleParameter.CheckAll(RuleId, Parameters, Values(options ?? throw new ArgumentNullException(nameof(options))), nameof(options)))
    {
    }

    /// <summary>Creates the rule from parameter values already checked, in the order of <see cref="Parameters"/>.</summary>
    internal LeadingOnRule(double[] values)
    {
        _weight = values[0];
        Descriptor = new RuleDescriptor(RuleId, FindingKind.CounterReason, Phrases.Rule(RuleId, _weight));
    }

    // The options in the order of Parameters: the one place an option meets its position.
    private static double[] Values(RuleWeightOptions options) => [options.Weight ?? DefaultWeight];

    /// <summary>Gets the parameters a policy can set: <c>weight</c>.</summary>
    internal static IReadOnlyList<RuleParameter> Parameters { get; } = [new("weight", DefaultWeight, 0, 100, "The weight of the finding.")];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    internal override double[] Weights => [_weight];

    internal override Finding Describe(InterviewScenario facts, in RuleDecision decision)
    {
        Evidence[] evidence = [Facts.Concerns.Evidence(facts)];
        return new Finding(Descriptor, decision.Weight, decision.Veto, evidence, Explain, AdviceItems);
    }

    internal override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision)
    {
        decision = new RuleDecision(_weight, false);
        return facts.Has(Concern.FearOfLeadingOn);
    }

    private static string Explanation(Finding finding, CultureInfo culture) =>
        Texts.Get(RuleId + ".explanation", culture);
}
