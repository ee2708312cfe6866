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


    /// <summary>The shipped aggregators decide from a one-pass summary, which lets scoring skip findings; from findings they build the same summary.</summary>
    internal interface ISummaryAggregator : IAggregator
    {
        /// <summary>Gets whether the aggregator reads the strongest finding of the summary (tracking it costs on every rule).</summary>
        bool ReadsStrongest { get; }

        Verdict Decide(in ScoreSummary summary, double threshold);
    }

    /// <summary>Decides from findings in canonical order through the same summary the evaluator gathers.</summary>
    private abstract class SummaryAggregator : ISummaryAggregator
    {
        public abstract string Name { get; }

        public abstract bool ReadsStrongest { get; }

        public abstract Verdict Decide(in ScoreSummary summary, double threshold);

        public Verdict Decide(IReadOnlyList<Finding> findings, double score, double threshold)
        {
            ArgumentNullException.ThrowIfNull(findings);
            var summary = default(ScoreSummary);
            for (var i = 0; i < findings.Count; i++)
            {
                // Canonical order already breaks ties by rule id, so a finding's index serves as its rank.
                summary.Add(i, findings[i].Weight, findings[i].Veto, ReadsStrongest);
            }

            summary.Sum = score;
            return Decide(summary, threshold);
        }
    }

    private sealed class WeightedSumWithVetoAggregator : SummaryAggregator
    {
        public override string Name => "weightedSumWithVeto";

        public override bool ReadsStrongest => false;

        public override Verdict Decide(in ScoreSummary summary, double threshold) =>
            !summary.Veto && summary.Sum > threshold ? Verdict.Accept : Verdict.Decline;
    }

    private sealed class StrongestFindingAggregator : SummaryAggregator
    {
        public override string Name => "strongestFinding";

        public override bool ReadsStrongest => true;

        public override Verdict Decide(in ScoreSummary summary, double threshold) =>
            summary.Veto ? Verdict.Decline
            : summary.HasStrongest ? (summary.Strongest > 0 ? Verdict.Accept : Verdict.Decline)
            : summary.Sum > threshold ? Verdict.Accept : Verdict.Decline;
    }
}
