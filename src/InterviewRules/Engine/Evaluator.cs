using System;
using System.Collections.Generic;

namespace InterviewRules.Engine;

/// <summary>
/// Runs a rule set over facts and aggregates what the rules decided into an <see cref="Evaluation"/>, which the
/// caller turns into its answer. Immutable, thread-safe and re-entrant (a rule may itself evaluate another evaluator on the same thread): build one and
/// share it.
/// </summary>
/// <typeparam name="TFacts">The type of facts the rules read.</typeparam>
internal sealed class Evaluator<TFacts> : IFindingSource
    where TFacts : class
{
    /// <summary>The largest magnitude a finding's weight may have; a rule that gives more has failed, so no sum can overflow.</summary>
    internal const double MaxWeight = 1e6;

    // Rule sets up to this size keep what fired on the stack while evaluating.
    private const int StackRules = 64;

    private readonly IRule<TFacts>[] _rules;
    private readonly PlannedRule<TFacts>?[] _plans;
    private readonly string[] _ids;
    private readonly int[] _ranks;
    private readonly bool _trackStrongest;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="rules">The rules, in order.</param>
    /// <param name="aggregator">The aggregator; <see cref="Aggregators.WeightedSumWithVeto"/> when <see langword="null"/>.</param>
    /// <param name="threshold">The threshold handed to the aggregator. The default value is 0.</param>
    /// <param name="failFast">
    /// What to do when a rule throws or gives a weight that is not a finite number of magnitude at most 1,000,000.
    /// When <see langword="false"/> (the default), the failure is recorded in the evaluation
    /// (<see cref="Evaluation.Failures"/>) and the other rules still run;
    /// when <see langword="true"/>, evaluation stops with a <see cref="RuleEvaluationException"/>.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not a finite number.</exception>
    public Evaluator(RuleSet<TFacts> rules, IAggregator? aggregator = null, double threshold = 0, bool failFast = false)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (!double.IsFinite(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be a finite number.");
        }

        Rules = rules;
        Aggregator = aggregator ?? Aggregators.WeightedSumWithVeto;
        Threshold = threshold == 0 ? 0 : threshold;
        FailFast = failFast;
        _trackStrongest = Aggregator.ReadsStrongest;
        _rules = rules.AsSpan().ToArray();
        _plans = new PlannedRule<TFacts>?[_rules.Length];
        _ids = new string[_rules.Length];
        for (var i = 0; i < _rules.Length; i++)
        {
            _plans[i] = _rules[i] as PlannedRule<TFacts>;
            _ids[i] = _rules[i].Descriptor.Id;
        }

        // Each rule's place in ordinal id order, so canonical ordering compares integers, not strings.
        var byId = (string[])_ids.Clone();
        Array.Sort(byId, StringComparer.Ordinal);
        _ranks = Array.ConvertAll(_ids, id => Array.BinarySearch(byId, id, StringComparer.Ordinal));
    }

    /// <summary>Gets the rules.</summary>
    public RuleSet<TFacts> Rules { get; }

    /// <summary>Gets the aggregator.</summary>
    public IAggregator Aggregator { get; }

    /// <summary>Gets the threshold.</summary>
    public double Threshold { get; }

    /// <summary>Gets whether a rule that fails stops evaluation (<see langword="true"/>) or is recorded as a failure.</summary>
    public bool FailFast { get; }

    /// <summary>
    /// Evaluates every rule once over the facts and aggregates what they decided. The evaluation keeps that
    /// record; findings (evidence, texts) are built from it when first read, without running any rule again.
    /// </summary>
    /// <param name="facts">The facts; they must not change afterwards, since findings are described from them later.</param>
    /// <returns>The evaluation, with what fired in canonical order.</returns>
    public Evaluation Evaluate(TFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Span<Fired> buffer = _rules.Length <= StackRules ? stackalloc Fired[_rules.Length] : new Fired[_rules.Length];
        var summary = default(ScoreSummary);
        List<RuleFailure>? failures = null;
        List<Finding>? codeFindings = null;
        var count = Run(facts, buffer, record: true, ref summary, ref failures, ref codeFindings);
        return Complete(facts, buffer[..count], summary, codeFindings?.ToArray(), failures?.ToArray());
    }

    /// <summary>Makes the evaluation of what fired, decided by the aggregator from the summary: the end of <see cref="Evaluate(TFacts)"/>.</summary>
    private Evaluation Complete(TFacts facts, ReadOnlySpan<Fired> fired, in ScoreSummary summary, Finding[]? codeFindings, RuleFailure[]? failures)
    {
        var sorted = fired.IsEmpty ? [] : fired.ToArray();
        SortCanonically(sorted);
        return new Evaluation(Aggregator.Decide(summary, Threshold), ScoreOf(summary), Aggregator.Name, Threshold, this, facts, sorted, codeFindings, failures);
    }

    /// <summary>
    /// Decides and scores without keeping a record for the explanation: the same single evaluation as
    /// <see cref="Evaluate(TFacts)"/>, with texts skipped. Allocates nothing for planned rules. Always agrees with
    /// <see cref="Evaluate(TFacts)"/> on decision and score.
    /// </summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The decision, score and whether a rule vetoed.</returns>
    public ScoreResult Score(TFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var summary = default(ScoreSummary);
        List<RuleFailure>? failures = null;
        List<Finding>? codeFindings = null;
        Run(facts, default, record: false, ref summary, ref failures, ref codeFindings);
        return new ScoreResult(Aggregator.Decide(summary, Threshold), ScoreOf(summary), summary.Veto, failures is null);
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

    string IFindingSource.IdOf(int rule) => _ids[rule];

    private static double ScoreOf(in ScoreSummary summary) => summary.Sum == 0 ? 0 : summary.Sum;

    Finding IFindingSource.Describe(object facts, in Fired fired, Finding[]? codeFindings) =>
        _plans[fired.Rule] is { } plan ? plan.Describe((TFacts)facts, fired.Decision) : codeFindings![(int)fired.Decision.Record];

    internal static void CheckBatch(ReadOnlySpan<TFacts> facts, int resultLength, string resultsName)
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

    /// <summary>The one evaluation: runs every rule once; keeps what fired in <paramref name="sink"/> when recording.</summary>
    private int Run(TFacts facts, Span<Fired> sink, bool record, ref ScoreSummary summary, ref List<RuleFailure>? failures, ref List<Finding>? codeFindings)
    {
        var count = 0;
        var i = 0;
        var rules = _rules;
        var plans = _plans;
        var ranks = _ranks;
        var trackStrongest = _trackStrongest;

        // One protected region around the whole loop (re-entered after a failure) keeps the loop body tight.
        while (i < rules.Length)
        {
            try
            {
                for (; i < rules.Length; i++)
                {
                    RuleDecision decision;
                    if (plans[i] is { } plan)
                    {
                        if (!plan.Decide(facts, record, out decision))
                        {
                            continue;
                        }
                    }
                    else
                    {
                        var finding = rules[i].Evaluate(facts);
                        if (finding is null)
                        {
                            continue;
                        }

                        var index = 0;
                        if (record)
                        {
                            index = (codeFindings ??= []).Count;
                            codeFindings.Add(finding);
                        }

                        decision = new RuleDecision(finding.Weight, finding.Veto, (ulong)index);
                    }

                    if (!(Math.Abs(decision.Weight) <= MaxWeight))
                    {
                        throw new InvalidOperationException(
                            $"The rule gave a finding of weight {decision.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}; a weight must be a finite number between -1000000 and 1000000.");
                    }

                    summary.Add(ranks[i], decision.Weight, decision.Veto, trackStrongest);
                    if (record)
                    {
                        sink[count++] = new Fired(i, decision);
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
    private void SortCanonically(Fired[] fired)
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

    private bool Before(in Fired a, in Fired b) =>
        FindingOrder.Before(a.Decision.Veto, a.Decision.Weight, _ranks[a.Rule], b.Decision.Veto, b.Decision.Weight, _ranks[b.Rule]);
}
