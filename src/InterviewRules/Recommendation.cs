using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using InterviewRules.Engine;

namespace InterviewRules;

/// <summary>
/// The answer to "should I take this interview, and why": the decision, the score, the findings with their
/// evidence in canonical order, the advice they carry, and the policy that judged. <c>Renderers.Render("text", …)</c>
/// gives the text a person reads; <see cref="ToString"/> is one line for logs.
/// </summary>
public sealed class Recommendation
{
    private readonly IFindingSource _source;
    private readonly object _facts;
    private readonly Fired[] _fired;
    private readonly Finding[]? _codeFindings;
    private ReadOnlyArray<Finding>? _findings;
    private FiredIds? _firedIds;
    private IReadOnlyList<string>? _advice;

    internal Recommendation(in Evaluation evaluation, PolicyIdentity policy)
    {
        Threshold = evaluation.Threshold;
        Decision = evaluation.Decision;
        Score = evaluation.Score;
        Policy = policy;
        Aggregation = evaluation.Aggregation;
        _source = evaluation.Source;
        _facts = evaluation.Facts;
        _fired = evaluation.Fired;
        _codeFindings = evaluation.CodeFindings;
        Failures = evaluation.Failures is null ? ReadOnlyArray<RuleFailure>.Empty : ReadOnlyArray<RuleFailure>.Own(evaluation.Failures);
    }

    /// <summary>Gets the decision.</summary>
    public Verdict Decision { get; }

    /// <summary>Gets the score: the sum of the findings' weights.</summary>
    public double Score { get; }

    /// <summary>Gets the policy that judged.</summary>
    public PolicyIdentity Policy { get; }

    /// <summary>Gets the threshold the aggregator compared the score with.</summary>
    public double Threshold { get; }

    /// <summary>Gets the name of the aggregator that decided.</summary>
    public string Aggregation { get; }

    /// <summary>
    /// Gets the findings: vetoes first, then by absolute weight descending, then by rule id. Described on first
    /// read from what the rules decided during the one evaluation (no rule runs again, so reading never fails);
    /// their texts are built when read in turn. A caller that needs only the decision, the score or which rules
    /// fired pays for none of it.
    /// </summary>
    public IReadOnlyList<Finding> Findings
    {
        get
        {
            if (_findings is null)
            {
                var findings = new Finding[_fired.Length];
                for (var i = 0; i < findings.Length; i++)
                {
                    findings[i] = _source.Describe(_facts, _fired[i], _codeFindings);
                }

                // Two threads may both build them; both results are equal and one is kept.
                Interlocked.CompareExchange(ref _findings, ReadOnlyArray<Finding>.Own(findings), null);
            }

            return _findings;
        }
    }

    /// <summary>Gets the ids of the rules that fired, in finding order, without building the findings.</summary>
    public IReadOnlyList<string> FiredRuleIds => _firedIds ??= new FiredIds(this);

    /// <summary>Gets the rules that failed while evaluating (threw, or gave a weight that is not a finite number of magnitude at most 1,000,000): system faults, distinct from rules that did not fire. Empty in the usual case.</summary>
    public IReadOnlyList<RuleFailure> Failures { get; }

    /// <summary>Gets whether every rule ran. When <see langword="false"/>, the decision rests on the rules that did run; see <see cref="Failures"/>.</summary>
    public bool IsComplete => Failures.Count == 0;

    /// <summary>Gets whether any finding vetoed the interview.</summary>
    public bool IsVetoed => _fired.Length > 0 && _fired[0].Decision.Veto;

    /// <summary>
    /// Gets the advice in English: first what the findings that agree with the decision advise (a finding for the
    /// interview has nothing to say to a candidate told to decline it), in finding order, then what to do about the
    /// decision itself (how to use the interview, or how to decline it), each distinct text once. Never empty for
    /// the article's rules. Built on first read.
    /// </summary>
    public IReadOnlyList<string> Advice => _advice ??= CollectAdvice(null);

    /// <summary>Gets the advice of <see cref="Advice"/> in a culture's language (one of <see cref="Localization.Languages.Shipped"/>, for the culture and its regional cultures; English for any other).</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for English, the same as <see cref="Advice"/>.</param>
    /// <returns>The advice.</returns>
    public IReadOnlyList<string> GetAdvice(CultureInfo? culture) => culture is null ? Advice : CollectAdvice(culture);

    /// <summary>Tells whether the rule of this id fired.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns><see langword="true"/> when one of the findings is that rule's.</returns>
    public bool Fired(string ruleId) => IndexOf(ruleId) >= 0;

    /// <summary>Finds the finding of one rule.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The finding, or <see langword="null"/> when that rule did not fire.</returns>
    public Finding? FindingFor(string ruleId)
    {
        var index = IndexOf(ruleId);
        return index < 0 ? null : Findings[index];
    }

    /// <summary>
    /// Summarizes the recommendation on one line, for logs and debuggers: the decision, the score, the policy, and
    /// each rule that fired with its weight, in finding order, then any rule that failed. Numbers are in invariant
    /// culture and no text for people is built. The explanation for people is
    /// <c>Renderers.Render("text", recommendation)</c> (namespace <c>InterviewRules.Rendering</c>).
    /// </summary>
    /// <returns>The summary, such as <c>Accept, score +4, policy article-default 1.0.0: need-practice +2, networking +2</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(64 + (_fired.Length * 24));
        text.Append(Decision == Verdict.Accept ? "Accept" : "Decline").Append(", score ").Append(NumberText.Signed(Score))
            .Append(", policy ").Append(Policy.Name).Append(' ').Append(Policy.Version);
        for (var i = 0; i < _fired.Length; i++)
        {
            text.Append(i == 0 ? ": " : ", ").Append(_source.IdOf(_fired[i].Rule)).Append(' ')
                .Append(NumberText.Signed(_fired[i].Decision.Weight)).Append(_fired[i].Decision.Veto ? " veto" : string.Empty);
        }

        for (var i = 0; i < Failures.Count; i++)
        {
            text.Append(i == 0 ? "; incomplete, failed: " : ", ").Append(Failures[i].RuleId);
        }

        return text.ToString();
    }

    private int IndexOf(string ruleId)
    {
        for (var i = 0; i < _fired.Length; i++)
        {
            if (string.Equals(_source.IdOf(_fired[i].Rule), ruleId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private ReadOnlyArray<string> CollectAdvice(CultureInfo? culture)
    {
        var advice = new List<string>();
        var against = Decision == Verdict.Accept ? FindingEffect.Decline : FindingEffect.Accept;
        foreach (var finding in Findings)
        {
            if (finding.Effect != against)
            {
                advice.AddRange(finding.GetAdvice(culture));
            }
        }

        Article.DecisionAdvice.Add(advice, this, culture);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        advice.RemoveAll(item => !seen.Add(item));
        return ReadOnlyArray<string>.Own([.. advice]);
    }

    /// <summary>The fired rules' ids as a read-only view over the record: nothing is copied.</summary>
    private sealed class FiredIds(Recommendation owner) : IReadOnlyList<string>
    {
        public int Count => owner._fired.Length;

        public string this[int index] => owner._source.IdOf(owner._fired[index].Rule);

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
