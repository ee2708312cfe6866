using System;
using System.Collections.Generic;

namespace InterviewRules.Engine;

/// <summary>The shipped aggregators.</summary>
public static class Aggregators
{
    /// <summary>
    /// Gets the default aggregator, <c>weightedSumWithVeto</c>: the score is the sum of the weights; any veto
    /// declines; otherwise the decision is accept when the score is above the threshold, decline when it is not.
    /// </summary>
    public static IAggregator WeightedSumWithVeto { get; } = new WeightedSumWithVetoAggregator();

    /// <summary>
    /// Gets <c>strongestFinding</c>, a DMN-style "first hit by priority" aggregator: any veto declines; otherwise the
    /// first non-neutral finding in canonical order (the one with the largest absolute weight, ties by rule id)
    /// decides alone. With no non-neutral finding it falls back to comparing the score with the threshold. The
    /// score is still reported as the sum of the weights.
    /// </summary>
    public static IAggregator StrongestFinding { get; } = new StrongestFindingAggregator();

    /// <summary>Gets the names of the shipped aggregators.</summary>
    public static IReadOnlyList<string> Names { get; } = [WeightedSumWithVeto.Name, StrongestFinding.Name];

    /// <summary>Finds a shipped aggregator by name (ordinal, case-sensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="aggregator">The aggregator, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryGet(string? name, out IAggregator aggregator)
    {
        foreach (var candidate in new[] { WeightedSumWithVeto, StrongestFinding })
        {
            if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
            {
                aggregator = candidate;
                return true;
            }
        }

        aggregator = WeightedSumWithVeto;
        return false;
    }

    internal static double Sum(IReadOnlyList<Finding> findings, out bool veto)
    {
        var score = 0.0;
        veto = false;
        for (var i = 0; i < findings.Count; i++)
        {
            score += findings[i].Weight;
            veto |= findings[i].Veto;
        }

        return score == 0 ? 0 : score;
    }

    /// <summary>The shipped aggregators can decide from a one-pass summary, which lets scoring skip findings.</summary>
    internal interface ISummaryAggregator : IAggregator
    {
        /// <summary>Gets whether the aggregator reads the strongest finding of the summary (tracking it costs on every rule).</summary>
        bool ReadsStrongest { get; }

        AggregateResult Aggregate(in ScoreSummary summary, double threshold);
    }

    private sealed class WeightedSumWithVetoAggregator : ISummaryAggregator
    {
        public string Name => "weightedSumWithVeto";

        public bool ReadsStrongest => false;

        public AggregateResult Aggregate(in ScoreSummary summary, double threshold)
        {
            var score = summary.Sum == 0 ? 0 : summary.Sum;
            return new AggregateResult(!summary.Veto && score > threshold ? Verdict.Accept : Verdict.Decline, score);
        }

        public AggregateResult Aggregate(IReadOnlyList<Finding> findings, double threshold)
        {
            var score = Sum(findings, out var veto);
            return new AggregateResult(!veto && score > threshold ? Verdict.Accept : Verdict.Decline, score);
        }
    }

    private sealed class StrongestFindingAggregator : ISummaryAggregator
    {
        public string Name => "strongestFinding";

        public bool ReadsStrongest => true;

        public AggregateResult Aggregate(in ScoreSummary summary, double threshold)
        {
            var score = summary.Sum == 0 ? 0 : summary.Sum;
            var decision = summary.Veto ? Verdict.Decline
                : summary.HasStrongest ? (summary.Strongest > 0 ? Verdict.Accept : Verdict.Decline)
                : score > threshold ? Verdict.Accept : Verdict.Decline;
            return new AggregateResult(decision, score);
        }

        public AggregateResult Aggregate(IReadOnlyList<Finding> findings, double threshold)
        {
            var score = Sum(findings, out var veto);
            if (veto)
            {
                return new AggregateResult(Verdict.Decline, score);
            }

            for (var i = 0; i < findings.Count; i++)
            {
                if (findings[i].Weight != 0)
                {
                    return new AggregateResult(findings[i].Weight > 0 ? Verdict.Accept : Verdict.Decline, score);
                }
            }

            return new AggregateResult(score > threshold ? Verdict.Accept : Verdict.Decline, score);
        }
    }
}
