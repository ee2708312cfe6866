using System;
using System.Collections.Generic;
using System.Linq;

namespace InterviewRules.Engine;

/// <summary>
/// Combinators that build and compose rules without subclassing. Every combinator returns a rule, so they nest
/// freely: <c>Rule.All(d, Rule.Not(r, …), Rule.When(p, s))</c>.
/// </summary>
public static class Rule
{
    private static readonly Evidence[] NoEvidence = [];

    /// <summary>A rule that fires when a predicate holds, with a fixed weight and explanation.</summary>
    /// <typeparam name="TFacts">The type of facts.</typeparam>
    /// <param name="descriptor">What the rule is.</param>
    /// <param name="predicate">When the rule fires; must be pure.</param>
    /// <param name="weight">The signed weight of its finding.</param>
    /// <param name="explanation">The explanation of its finding.</param>
    /// <param name="veto">Whether its finding vetoes.</param>
    /// <returns>The rule.</returns>
    public static IRule<TFacts> When<TFacts>(RuleDescriptor descriptor, Func<TFacts, bool> predicate, double weight, string explanation, bool veto = false)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        RequireFinite(weight, nameof(weight));
        return new PredicateRule<TFacts>(descriptor, predicate, weight, explanation, veto);
    }

    /// <summary>A guard: evaluates <paramref name="rule"/> only when <paramref name="predicate"/> holds; keeps its id and finding.</summary>
    /// <typeparam name="TFacts">The type of facts.</typeparam>
    /// <param name="predicate">When the inner rule may fire; must be pure.</param>
    /// <param name="rule">The inner rule.</param>
    /// <returns>The guarded rule.</returns>
    public static IRule<TFacts> When<TFacts>(Func<TFacts, bool> predicate, IRule<TFacts> rule)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(rule);
        return new GuardRule<TFacts>(predicate, rule);
    }

    /// <summary>
    /// Fires when every inner rule fires. Its finding sums their weights, vetoes when any of them vetoes, and
    /// carries their evidence, explanations and advice together.
    /// </summary>
    /// <typeparam name="TFacts">The type of facts.</typeparam>
    /// <param name="descriptor">What the combined rule is.</param>
    /// <param name="rules">The inner rules, at least one.</param>
    /// <returns>The combined rule.</returns>
    public static IRule<TFacts> All<TFacts>(RuleDescriptor descriptor, params IRule<TFacts>[] rules) =>
        new CompositeRule<TFacts>(descriptor, RequireRules(rules), requireAll: true);

    /// <summary>
    /// Fires when at least one inner rule fires. Its finding combines the findings of the inner rules that fired,
    /// as <see cref="All{TFacts}"/> does.
    /// </summary>
    /// <typeparam name="TFacts">The type of facts.</typeparam>
    /// <param name="descriptor">What the combined rule is.</param>
    /// <param name="rules">The inner rules, at least one.</param>
    /// <returns>The combined rule.</returns>
    public static IRule<TFacts> Any<TFacts>(RuleDescriptor descriptor, params IRule<TFacts>[] rules) =>
        new CompositeRule<TFacts>(descriptor, RequireRules(rules), requireAll: false);

    /// <summary>Fires exactly when <paramref name="rule"/> does not, with a finding of its own.</summary>
    /// <typeparam name="TFacts">The type of facts.</typeparam>
    /// <param name="rule">The inner rule.</param>
    /// <param name="descriptor">What the negated rule is.</param>
    /// <param name="weight">The signed weight of its finding.</param>
    /// <param name="explanation">The explanation of its finding.</param>
    /// <param name="veto">Whether its finding vetoes.</param>
    /// <returns>The negated rule.</returns>
    public static IRule<TFacts> Not<TFacts>(IRule<TFacts> rule, RuleDescriptor descriptor, double weight, string explanation, bool veto = false)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return When<TFacts>(descriptor, facts => rule.Evaluate(facts) is null, weight, explanation, veto);
    }

    /// <summary>Re-weights a rule: its finding's weight is multiplied by <paramref name="factor"/>; everything else is kept.</summary>
    /// <typeparam name="TFacts">The type of facts.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <param name="factor">A finite factor, 0 or more (0 keeps the finding but makes it neutral).</param>
    /// <returns>The re-weighted rule.</returns>
    public static IRule<TFacts> Scale<TFacts>(IRule<TFacts> rule, double factor)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!double.IsFinite(factor) || factor < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, $"The factor is {factor}; it must be a finite number, 0 or more.");
        }

        return new ScaledRule<TFacts>(rule, factor);
    }

    private static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"The {name} is {value}; it must be a finite number.");
        }
    }

    private static IRule<TFacts>[] RequireRules<TFacts>(IRule<TFacts>[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Length == 0)
        {
            throw new ArgumentException("A combined rule needs at least one inner rule.", nameof(rules));
        }

        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
        }

        return (IRule<TFacts>[])rules.Clone();
    }

    private sealed class PredicateRule<TFacts>(RuleDescriptor descriptor, Func<TFacts, bool> predicate, double weight, string explanation, bool veto) : IRule<TFacts>
    {
        public RuleDescriptor Descriptor => descriptor;

        public Finding? Evaluate(TFacts facts) =>
            predicate(facts) ? new Finding(descriptor, weight, veto, NoEvidence, explanation) : null;
    }

    private sealed class GuardRule<TFacts>(Func<TFacts, bool> predicate, IRule<TFacts> rule) : IRule<TFacts>
    {
        public RuleDescriptor Descriptor => rule.Descriptor;

        public Finding? Evaluate(TFacts facts) => predicate(facts) ? rule.Evaluate(facts) : null;
    }

    private sealed class ScaledRule<TFacts>(IRule<TFacts> rule, double factor) : IRule<TFacts>
    {
        private readonly RuleDescriptor _descriptor = new(
            rule.Descriptor.Id,
            rule.Descriptor.Kind,
            culture =>
            {
                var texts = rule.Descriptor.GetTexts(culture);
                return texts with { WeightSummary = $"({texts.WeightSummary}) x {NumberText.Write(factor, texts.NumberFormat)}" };
            });

        public RuleDescriptor Descriptor => _descriptor;

        public Finding? Evaluate(TFacts facts) => rule.Evaluate(facts) is { } finding ? finding.With(_descriptor, finding.Weight * factor) : null;
    }

    private sealed class CompositeRule<TFacts>(RuleDescriptor descriptor, IRule<TFacts>[] rules, bool requireAll) : IRule<TFacts>
    {
        public RuleDescriptor Descriptor { get; } = descriptor ?? throw new ArgumentNullException(nameof(descriptor));

        public Finding? Evaluate(TFacts facts)
        {
            var fired = new List<Finding>(rules.Length);
            foreach (var rule in rules)
            {
                var finding = rule.Evaluate(facts);
                if (finding is not null)
                {
                    fired.Add(finding);
                }
                else if (requireAll)
                {
                    return null;
                }
            }

            return fired.Count == 0 ? null : Merge(fired);
        }

        private Finding Merge(List<Finding> fired)
        {
            var weight = 0.0;
            var veto = false;
            var evidence = new List<Evidence>();
            foreach (var finding in fired)
            {
                weight += finding.Weight;
                veto |= finding.Veto;
                foreach (var item in finding.Evidence)
                {
                    if (!evidence.Exists(e => string.Equals(e.Fact, item.Fact, StringComparison.Ordinal)))
                    {
                        evidence.Add(item);
                    }
                }
            }

            var parts = fired.ToArray();
            return new Finding(
                Descriptor,
                weight,
                veto,
                evidence.ToArray(),
                (_, culture) => string.Join(" ", Array.ConvertAll(parts, p => p.GetExplanation(culture))),
                culture => parts.SelectMany(p => p.GetAdvice(culture)).Distinct(StringComparer.Ordinal).ToArray());
        }
    }
}
