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
public sealed class FearOfRejectionRule : IScoringRule<InterviewScenario>
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
    public static IReadOnlyList<RuleParameter> Parameters { get; } = [new("weight", DefaultWeight, 0, 100, "The weight of the finding.")];

    /// <inheritdoc />
    public RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    public Finding? Evaluate(InterviewScenario facts)
    {
        if (!TryScore(facts, out var weight, out var veto))
        {
            return null;
        }

        Evidence[] evidence = [Facts.Concerns.Evidence(facts)];
        return new Finding(Descriptor, weight, veto, evidence, Explain);
    }

    /// <inheritdoc />
    public bool TryScore(InterviewScenario facts, out double weight, out bool veto)
    {
        ArgumentNullException.ThrowIfNull(facts);
        weight = _weight;
        veto = false;
        return facts.Has(Concern.FearOfRejection);
    }

    private static string Explanation(Finding finding, CultureInfo culture) =>
        Texts.Get(RuleId + ".explanation", culture);
}
