using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;
using InterviewRules.Policies;

namespace InterviewRules.Article;

/// <summary>
/// §4 It Will Sharpen Your Instincts: a vague bad feeling is no reason to stay home; going tells you whether it
/// was right and why. Fires on the concern <c>vagueBadFeeling</c> when no concrete red flag is known.
/// </summary>
public sealed class SharpenInstinctsRule : IRule<InterviewScenario>, IPlanned<InterviewScenario>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "sharpen-instincts";

    /// <summary>The default weight.</summary>
    public const double DefaultWeight = 1.5;

    private static readonly Func<Finding, CultureInfo, string> Explain = Explanation;

    private Plan? _plan;

    private readonly double _weight;

    /// <summary>Creates the rule.</summary>
    /// <param name="weight">The weight of the finding, 0 to 100. The default value is 1.5.</param>
    public SharpenInstinctsRule(double weight = DefaultWeight)
    {
        _weight = Parameters[0].Check(RuleId, weight);
        Descriptor = new RuleDescriptor(RuleId, FindingKind.Reason, Phrases.Rule(RuleId, _weight));
    }

    /// <summary>Gets the parameters a policy can set: <c>weight</c>.</summary>
    internal static IReadOnlyList<RuleParameter> Parameters { get; } = [new("weight", DefaultWeight, 0, 100, "The weight of the finding.")];

    /// <inheritdoc />
    public RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    public Finding? Evaluate(InterviewScenario facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Decide(facts, out var decision) ? Describe(facts, decision) : null;
    }

    PlannedRule<InterviewScenario> IPlanned<InterviewScenario>.Plan => _plan ??= new Plan(this);

    private Finding Describe(InterviewScenario facts, in RuleDecision decision)
    {
        Evidence[] evidence = [Facts.Concerns.Evidence(facts), Facts.RedFlags.Evidence(facts)];
        return new Finding(Descriptor, decision.Weight, decision.Veto, evidence, Explain);
    }

    private bool Decide(InterviewScenario facts, out RuleDecision decision)
    {
        decision = new RuleDecision(_weight, false);
        return facts.Has(Concern.VagueBadFeeling) && facts.RedFlags.Count == 0;
    }

    private static string Explanation(Finding finding, CultureInfo culture) =>
        Texts.Get(RuleId + ".explanation", culture);

    /// <summary>The evaluator's direct line to this rule's logic.</summary>
    private sealed class Plan(SharpenInstinctsRule rule) : PlannedRule<InterviewScenario>
    {
        public override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision) => rule.Decide(facts, out decision);

        public override Finding Describe(InterviewScenario facts, in RuleDecision decision) => rule.Describe(facts, decision);
    }
}
