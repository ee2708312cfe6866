using System;
using System.Collections.Generic;

namespace InterviewRules.Engine;

/// <summary>
/// Runs a rule set over facts and aggregates the findings into a <see cref="Recommendation"/>. Immutable and
/// thread-safe: build one and share it.
/// </summary>
/// <typeparam name="TFacts">The type of facts the rules read.</typeparam>
public sealed class Evaluator<TFacts> : IFindingSource
    where TFacts : class
{
    private readonly IRule<TFacts>[] _rules;
    private readonly IScoringRule<TFacts>?[] _scorers;
    private readonly string[] _ids;
    private readonly int[] _ranks;
    private readonly Aggregators.ISummaryAggregator? _summaryAggregator;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="rules">The rules, in order.</param>
    /// <param name="policy">The identity of the policy the rules come from, carried into every recommendation.</param>
    /// <param name="aggregator">The aggregator; <see cref="Aggregators.WeightedSumWithVeto"/> when <see langword="null"/>.</param>
    /// <param name="threshold">The threshold handed to the aggregator. The default value is 0.</param>
    /// <param name="failFast">
    /// What to do when a rule throws. When <see langword="false"/> (the default), the failure is recorded in the
    /// recommendation (<see cref="Recommendation.Failures"/>, <see cref="Recommendation.IsComplete"/>) and the other
    /// rules still run; when <see langword="true"/>, evaluation stops with a <see cref="RuleEvaluationException"/>.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not a finite number.</exception>
    public Evaluator(RuleSet<TFacts> rules, PolicyIdentity policy, IAggregator? aggregator = null, double threshold = 0, bool failFast = false)
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
        FailFast = failFast;
        _summaryAggregator = Aggregator as Aggregators.ISummaryAggregator;
        _rules = rules.AsSpan().ToArray();
        _scorers = new IScoringRule<TFacts>?[_rules.Length];
        _ids = new string[_rules.Length];
        for (var i = 0; i < _rules.Length; i++)
        {
            _scorers[i] = _rules[i] as IScoringRule<TFacts>;
            _ids[i] = _rules[i].Descriptor.Id;
        }

        // Each rule's place in ordinal id order, so canonical ordering compares integers, not strings.
        var byId = (string[])_ids.Clone();
        Array.Sort(byId, StringComparer.Ordinal);
        _ranks = Array.ConvertAll(_ids, id => Array.BinarySearch(byId, id, StringComparer.Ordinal));
    }

    /// <summary>Gets the rules.</summary>
    public RuleSet<TFacts> Rules { get; }

    /// <summary>Gets the identity of the policy.</summary>
    public PolicyIdentity Policy { get; }

    /// <summary>Gets the aggregator.</summary>
    public IAggregator Aggregator { get; }

    /// <summary>Gets the threshold.</summary>
    public double Threshold { get; }

    /// <summary>Gets whether a rule that throws stops evaluation (<see langword="true"/>) or is recorded as a failure.</summary>
    public bool FailFast { get; }

    /// <summary>
    /// Evaluates every rule over the facts and aggregates the findings. The recommendation holds what each rule
    /// decided; the findings of scoring rules (their evidence and texts) are built when first read.
    /// </summary>
    /// <param name="facts">The facts; rules must be pure, since findings may be built from them later.</param>
    /// <returns>The recommendation, with findings in canonical order.</returns>
    public Recommendation Evaluate(TFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var scratch = Scratch.Get(_rules.Length);
        var summary = default(ScoreSummary);
        List<RuleFailure>? failures = null;
        var count = Run(facts, scratch, ref summary, ref failures);

        // A plain loop: Array.Copy and Array.Clear on arrays of structs that hold references measured ~150 ns slower here.
        var fired = count == 0 ? [] : new FiredRule[count];
        for (var i = 0; i < count; i++)
        {
            fired[i] = scratch[i];
            scratch[i] = default;
        }

        SortCanonically(fired);

        if (_summaryAggregator is not null)
        {
            var result = _summaryAggregator.Aggregate(summary, Threshold);
            return new Recommendation(result.Decision, result.Score, Policy, Aggregator.Name, Threshold, this, facts, fired, failures?.ToArray(), null);
        }

        // A custom aggregator decides from the findings themselves, so they are built now.
        var findings = Recommendation.Materialize(this, facts, fired);
        var custom = Aggregator.Aggregate(findings, Threshold);
        return new Recommendation(custom.Decision, custom.Score, Policy, Aggregator.Name, Threshold, this, facts, fired, failures?.ToArray(), findings);
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
            var recommendation = Evaluate(facts);
            return new ScoreResult(recommendation.Decision, recommendation.Score, recommendation.IsVetoed, recommendation.IsComplete);
        }

        var summary = default(ScoreSummary);
        List<RuleFailure>? failures = null;
        Run(facts, default, ref summary, ref failures);
        var result = _summaryAggregator.Aggregate(summary, Threshold);
        return new ScoreResult(result.Decision, result.Score, summary.Veto, failures is null);
    }

    /// <summary>Scores many facts at once into a caller's buffer, allocation-free under the same conditions as <see cref="Score(TFacts)"/>.</summary>
    /// <param name="facts">The facts; none may be <see langword="null"/>.</param>
    /// <param name="results">Where the results go, index for index; at least as long as <paramref name="facts"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> is too short, or an element is <see langword="null"/> (the message gives its index; nothing is written).</exception>
    public void Score(ReadOnlySpan<TFacts> facts, Span<ScoreResult> results)
    {
        CheckBatch(facts, results.Length, nameof(results));
        for (var i = 0; i < facts.Length; i++)
        {
            results[i] = Score(facts[i]);
        }
    }

    /// <summary>Evaluates many facts at once into a caller's buffer.</summary>
    /// <param name="facts">The facts; none may be <see langword="null"/>.</param>
    /// <param name="results">Where the recommendations go, index for index; at least as long as <paramref name="facts"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> is too short, or an element is <see langword="null"/> (the message gives its index; nothing is written).</exception>
    public void Evaluate(ReadOnlySpan<TFacts> facts, Span<Recommendation> results)
    {
        CheckBatch(facts, results.Length, nameof(results));
        for (var i = 0; i < facts.Length; i++)
        {
            results[i] = Evaluate(facts[i]);
        }
    }

    string IFindingSource.IdOf(int rule) => _ids[rule];

    Finding IFindingSource.Materialize(object facts, in FiredRule fired)
    {
        if (fired.Finding is not null)
        {
            return fired.Finding;
        }

        Finding? finding;
        try
        {
            finding = _rules[fired.Rule].Evaluate((TFacts)facts);
        }
        catch (Exception ex)
        {
            throw new RuleEvaluationException(_ids[fired.Rule], ex);
        }

        return finding is not null && finding.Weight == fired.Weight && finding.Veto == fired.Veto
            ? finding
            : throw new InvalidOperationException(
                $"Rule \"{_ids[fired.Rule]}\" broke the IScoringRule contract: TryScore said it fires with weight {fired.Weight} (veto {fired.Veto}), but Evaluate gave {(finding is null ? "no finding" : $"weight {finding.Weight} (veto {finding.Veto})")}. Rules must be pure and agree with themselves.");
    }

    private static void CheckBatch(ReadOnlySpan<TFacts> facts, int resultLength, string resultsName)
    {
        if (resultLength < facts.Length)
        {
            throw new ArgumentException($"The results buffer holds {resultLength} items; it must hold at least {facts.Length}, one per input.", resultsName);
        }

        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i] is null)
            {
                throw new ArgumentException($"facts[{i}] is null; every element must be a value.", nameof(facts));
            }
        }
    }

    /// <summary>Runs every rule once; records what fired into <paramref name="sink"/> when it is not empty.</summary>
    private int Run(TFacts facts, Span<FiredRule> sink, ref ScoreSummary summary, ref List<RuleFailure>? failures)
    {
        var count = 0;
        var i = 0;
        var rules = _rules;
        var scorers = _scorers;
        var ranks = _ranks;

        // One protected region around the whole loop (re-entered after a failure) keeps the loop body tight.
        while (i < rules.Length)
        {
            try
            {
                for (; i < rules.Length; i++)
                {
                    double weight;
                    bool veto;
                    Finding? finding = null;
                    if (scorers[i] is { } scorer)
                    {
                        if (!scorer.TryScore(facts, out weight, out veto))
                        {
                            continue;
                        }
                    }
                    else
                    {
                        finding = rules[i].Evaluate(facts);
                        if (finding is null)
                        {
                            continue;
                        }

                        weight = finding.Weight;
                        veto = finding.Veto;
                    }

                    summary.Add(ranks[i], weight, veto);
                    if (!sink.IsEmpty)
                    {
                        sink[count++] = new FiredRule(i, weight, veto, finding);
                    }
                }
            }
#pragma warning disable CA1031 // A faulty rule is reported as a failure, by contract, not allowed to take the host down.
            catch (Exception ex) when (!FailFast)
#pragma warning restore CA1031
            {
                (failures ??= []).Add(new RuleFailure(_ids[i], ex));
                i++;
            }
            catch (Exception ex)
            {
                throw new RuleEvaluationException(_ids[i], ex);
            }
        }

        return count;
    }

    /// <summary>Vetoes first, then by absolute weight descending, then by rule id; an insertion sort, since a rule set is small.</summary>
    private void SortCanonically(FiredRule[] fired)
    {
        for (var i = 1; i < fired.Length; i++)
        {
            var item = fired[i];
            var j = i - 1;
            while (j >= 0 && Before(item, fired[j]))
            {
                fired[j + 1] = fired[j];
                j--;
            }

            fired[j + 1] = item;
        }
    }

    private bool Before(in FiredRule a, in FiredRule b) =>
        FindingOrder.Before(a.Veto, a.Weight, _ranks[a.Rule], b.Veto, b.Weight, _ranks[b.Rule]);
}
