using System;

namespace InterviewRules.Engine;

/// <summary>
/// Runs a rule set over facts and aggregates the findings into a <see cref="Recommendation"/>. Immutable and
/// thread-safe: build one and share it.
/// </summary>
/// <typeparam name="TFacts">The type of facts the rules read.</typeparam>
public sealed class Evaluator<TFacts>
    where TFacts : class
{
    [ThreadStatic]
    private static Finding?[]? s_scratch;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="rules">The rules, in order.</param>
    /// <param name="policy">The identity of the policy the rules come from, carried into every recommendation.</param>
    /// <param name="aggregator">The aggregator; <see cref="Aggregators.WeightedSumWithVeto"/> when <see langword="null"/>.</param>
    /// <param name="threshold">The threshold handed to the aggregator. The default value is 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not a finite number.</exception>
    public Evaluator(RuleSet<TFacts> rules, PolicyIdentity policy, IAggregator? aggregator = null, double threshold = 0)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(policy);
        if (!double.IsFinite(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be a finite number.");
        }

        Rules = rules;
        Policy = policy;
        Aggregator = aggregator ?? Aggregators.WeightedSumWithVeto;
        Threshold = threshold == 0 ? 0 : threshold;
    }

    /// <summary>Gets the rules.</summary>
    public RuleSet<TFacts> Rules { get; }

    /// <summary>Gets the identity of the policy.</summary>
    public PolicyIdentity Policy { get; }

    /// <summary>Gets the aggregator.</summary>
    public IAggregator Aggregator { get; }

    /// <summary>Gets the threshold.</summary>
    public double Threshold { get; }

    /// <summary>Evaluates every rule over the facts and aggregates the findings.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The recommendation, with findings in canonical order.</returns>
    public Recommendation Evaluate(TFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var rules = Rules.AsSpan();
        var scratch = s_scratch is { } s && s.Length >= rules.Length ? s : (s_scratch = new Finding?[Math.Max(16, rules.Length)]);
        var count = 0;
        try
        {
            foreach (var rule in rules)
            {
                if (rule.Evaluate(facts) is { } finding)
                {
                    scratch[count++] = finding;
                }
            }

            var findings = count == 0 ? [] : new Finding[count];
            Array.Copy(scratch, findings, count);
            Array.Sort(findings, FindingOrder.Instance);
            var result = Aggregator.Aggregate(findings, Threshold);
            return new Recommendation(result.Decision, result.Score, Policy, Aggregator.Name, findings);
        }
        finally
        {
            Array.Clear(scratch, 0, count);
        }
    }
}
