using System;
using System.Collections.Generic;

namespace InterviewRules;

/// <summary>
/// The answer to "should I take this interview, and why": the decision, the score, the findings with their
/// evidence in canonical order, the advice they carry, and the policy that judged. <see cref="ToString"/> gives a
/// text a person can read.
/// </summary>
public sealed class Recommendation
{
    private readonly Finding[] _findings;
    private IReadOnlyList<string>? _advice;

    internal Recommendation(Verdict decision, double score, PolicyIdentity policy, string aggregation, Finding[] findings)
    {
        Decision = decision;
        Score = score;
        Policy = policy;
        Aggregation = aggregation;
        _findings = findings;
    }

    /// <summary>Gets the decision.</summary>
    public Verdict Decision { get; }

    /// <summary>Gets the score: the sum of the findings' weights.</summary>
    public double Score { get; }

    /// <summary>Gets the policy that judged.</summary>
    public PolicyIdentity Policy { get; }

    /// <summary>Gets the name of the aggregator that decided.</summary>
    public string Aggregation { get; }

    /// <summary>Gets the findings: vetoes first, then by absolute weight descending, then by rule id.</summary>
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Gets whether any finding vetoed the interview.</summary>
    public bool IsVetoed => _findings.Length > 0 && _findings[0].Veto;

    /// <summary>Gets the advice of all findings, in finding order, each distinct text once. Built on first read.</summary>
    public IReadOnlyList<string> Advice => _advice ??= CollectAdvice(_findings);

    /// <summary>Tells whether the rule of this id fired.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns><see langword="true"/> when one of the findings is that rule's.</returns>
    public bool Fired(string ruleId) => FindingFor(ruleId) is not null;

    /// <summary>Finds the finding of one rule.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The finding, or <see langword="null"/> when that rule did not fire.</returns>
    public Finding? FindingFor(string ruleId)
    {
        foreach (var finding in _findings)
        {
            if (string.Equals(finding.RuleId, ruleId, StringComparison.Ordinal))
            {
                return finding;
            }
        }

        return null;
    }

    /// <summary>Writes the recommendation for people: the decision in one line, a bullet per finding with its weight and source, then the advice.</summary>
    /// <returns>The text, in English, with numbers in invariant culture.</returns>
    public override string ToString() => Rendering.RecommendationText.Render(this);

    private static string[] CollectAdvice(Finding[] findings)
    {
        var advice = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            foreach (var item in finding.Advice)
            {
                if (seen.Add(item))
                {
                    advice.Add(item);
                }
            }
        }

        return [.. advice];
    }
}
