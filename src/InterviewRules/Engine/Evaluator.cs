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

    private readonly Aggregators.ISummaryAggregator? _summaryAggregator;
    private readonly IScoringRule<TFacts>?[] _scorers;
    private readonly string[] _ids;

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
        _summaryAggregator = Aggregator as Aggregators.ISummaryAggregator;
        _scorers = new IScoringRule<TFacts>?[rules.Count];
        _ids = new string[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            _scorers[i] = rules[i] as IScoringRule<TFacts>;
            _ids[i] = rules[i].Descriptor.Id;
        }
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

    /// <summary>
    /// Decides and scores without building the explanation. Allocates nothing when every rule implements
    /// <see cref="IScoringRule{TFacts}"/> (the article's rules do) and the aggregator is a shipped one; otherwise it
    /// falls back to <see cref="Evaluate(TFacts)"/>. Always agrees with <see cref="Evaluate(TFacts)"/> on decision and score.
    /// </summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The decision, score and whether a rule vetoed.</returns>
    public ScoreResult Score(TFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (_summaryAggregator is null)
        {
            return FromRecommendation(Evaluate(facts));
        }

        var rules = Rules.AsSpan();
        var summary = default(ScoreSummary);
        for (var i = 0; i < rules.Length; i++)
        {
            if (_scorers[i] is { } scorer)
            {
                if (scorer.TryScore(facts, out var weight, out var veto))
                {
                    summary.Add(_ids[i], weight, veto);
                }
            }
            else if (rules[i].Evaluate(facts) is { } finding)
            {
                summary.Add(_ids[i], finding.Weight, finding.Veto);
            }
        }

        var result = _summaryAggregator.Aggregate(summary, Threshold);
        return new ScoreResult(result.Decision, result.Score, summary.Veto);
    }

    /// <summary>Scores many facts at once into a caller's buffer, allocation-free under the same conditions as <see cref="Score(TFacts)"/>.</summary>
    /// <param name="facts">The facts; none may be <see langword="null"/>.</param>
    /// <param name="results">Where the results go, index for index; at least as long as <paramref name="facts"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> is too short, or an element is <see langword="null"/> (the message gives its index; nothing is written past it).</exception>
    public void Score(ReadOnlySpan<TFacts> facts, Span<ScoreResult> results)
    {
        if (results.Length < facts.Length)
        {
            throw new ArgumentException($"The results buffer holds {results.Length} items; it must hold at least {facts.Length}, one per input.", nameof(results));
        }

        CheckElements(facts);
        for (var i = 0; i < facts.Length; i++)
        {
            results[i] = Score(facts[i]);
        }
    }

    /// <summary>Evaluates many facts at once into a caller's buffer.</summary>
    /// <param name="facts">The facts; none may be <see langword="null"/>.</param>
    /// <param name="results">Where the recommendations go, index for index; at least as long as <paramref name="facts"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> is too short, or an element is <see langword="null"/> (the message gives its index).</exception>
    public void Evaluate(ReadOnlySpan<TFacts> facts, Span<Recommendation> results)
    {
        if (results.Length < facts.Length)
        {
            throw new ArgumentException($"The results buffer holds {results.Length} items; it must hold at least {facts.Length}, one per input.", nameof(results));
        }

        CheckElements(facts);
        for (var i = 0; i < facts.Length; i++)
        {
            results[i] = Evaluate(facts[i]);
        }
    }

    private static ScoreResult FromRecommendation(Recommendation recommendation) =>
        new(recommendation.Decision, recommendation.Score, recommendation.IsVetoed);

    private static void CheckElements(ReadOnlySpan<TFacts> facts)
    {
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i] is null)
            {
                throw new ArgumentException($"facts[{i}] is null; every element must be a value.", nameof(facts));
            }
        }
    }
}
