namespace InterviewRules.Engine;

/// <summary>
/// Turns what an evaluation gathered in one pass (the sum of the weights, any veto, the strongest finding) into a
/// decision. The shipped ones are in <see cref="Aggregators"/>; each is chosen by its name.
/// </summary>
internal interface IAggregator
{
    /// <summary>Gets the aggregator's name, by which it is chosen (<c>weightedSumWithVeto</c>).</summary>
    string Name { get; }

    /// <summary>Gets whether the aggregator reads the strongest finding of the summary (tracking it costs on every rule).</summary>
    bool ReadsStrongest { get; }

    /// <summary>Decides.</summary>
    /// <param name="summary">What the evaluation gathered.</param>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The decision.</returns>
    Verdict Decide(in ScoreSummary summary, double threshold);
}
