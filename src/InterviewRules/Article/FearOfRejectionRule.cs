using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;
using InterviewRules.Policies;

namespace InterviewRules.Article;

/// <summary>
/// Counter-reason "facing so much potential rejection": every refusal brings you closer to an acceptance. Fires on
/// the concern <c>fearOfRejection</c>.
/// </summary>
public sealed class FearOfRejectionRule : PlannedRule<InterviewScenario>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "fear-of-rejection";

    /// <summary>The default weight.</summary>
    public const double DefaultWeight = 0.5;

    private static readonly Func<Finding, CultureInfo, string> Explain = Explanation;


    private readonly double _weight;

    /// <summary>Creates the rule.</summary>
    /// <param name="weight">The weight of the finding, 0 to 100. The default value is 0.5.</param>
    public FearOfRejectionRule(double weight = DefaultWeight)
    {
        _weight = Parameters[0].Check(RuleId, weight);
        Descriptor = new RuleDescriptor(RuleId, FindingKind.CounterReason, Phrases.Rule(RuleId, _weight));
    }

    /// <summary>Gets the parameters a policy can set: <c>weight</c>.</summary>
    internal static IReadOnlyList<RuleParameter> Parameters { get; } = [new("weight", DefaultWeight, 0, 100, "The weight of the finding.")];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; }

    internal override Finding Describe(InterviewScenario facts, in RuleDecision decision)
    {
        Evidence[] evidence = [Facts.Concerns.Evidence(facts)];
        return new Finding(Descriptor, decision.Weight, decision.Veto, evidence, Explain);
    }

    internal override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision)
    {
        decision = new RuleDecision(_weight, false);
        return facts.Has(Concern.FearOfRejection);
    }

    private static string Explanation(Finding finding, CultureInfo culture) =>
        Texts.Get(RuleId + ".explanation", culture);
}
