using System.Collections.Generic;

namespace InterviewRules.Engine;

/// <summary>Turns a scenario's findings into a decision. Implementations must be pure and thread-safe.</summary>
internal interface IAggregator
{
    /// <summary>Gets the aggregator's name, as policies name it (<c>weightedSumWithVeto</c>).</summary>
    string Name { get; }

    /// <summary>Decides.</summary>
    /// <param name="findings">The findings in canonical order: vetoes first, then by absolute weight descending, then by rule id.</param>
    /// <param name="score">The score: the sum of the findings' weights, which the recommendation reports whatever the decision.</param>
    /// <param name="threshold">The policy's threshold: how the score compares with it is up to the aggregator.</param>
    /// <returns>The decision.</returns>
    Verdict Decide(IReadOnlyList<Finding> findings, double score, double threshold);
}
