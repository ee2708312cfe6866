using System;
using System.Collections.Generic;

namespace InterviewRules.Engine;

/// <summary>The shipped aggregators.</summary>
internal static class Aggregators
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
        foreach (var shipped in new[] { WeightedSumWithVeto, StrongestFinding })
        {
            if (string.Equals(shipped.Name, name, StringComparison.Ordinal))
            {
                aggregator = shipped;
                return true;
            }
        }

        aggregator = WeightedSumWithVeto;
        return false;
    }


    private sealed class WeightedSumWithVetoAggregator : IAggregator
    {
        public string Name => "weightedSumWithVeto";

        public bool ReadsStrongest => false;

        public Verdict Decide(in ScoreSummary summary, double threshold) =>
            !summary.Veto && summary.Sum > threshold ? Verdict.Accept : Verdict.Decline;
    }

    private sealed class StrongestFindingAggregator : IAggregator
    {
        public string Name => "strongestFinding";

        public bool ReadsStrongest => true;

        public Verdict Decide(in ScoreSummary summary, double threshold) =>
            summary.Veto ? Verdict.Decline
            : summary.HasStrongest ? (summary.Strongest > 0 ? Verdict.Accept : Verdict.Decline)
            : summary.Sum > threshold ? Verdict.Accept : Verdict.Decline;
    }
}
