using InterviewRules.Engine;

namespace InterviewRules.Assessing;

/// <summary>
/// What a group of rules contributes to the aggregate in one completion: the sum of weights, whether one vetoed,
/// and the strongest non-vetoing finding (for <c>strongestFinding</c>). Contributions combine in any order into the
/// summary the aggregator decides on, so independent groups of unknown facts are reasoned about apart.
/// </summary>
internal readonly record struct Outcome(double Sum, bool Veto, bool HasStrongest, double Strongest, int StrongestRank)
{
    /// <summary>Adds one finding, as the evaluator's summary does.</summary>
    public Outcome Add(double weight, bool veto, int rank, bool trackStrongest)
    {
        var stronger = trackStrongest && weight != 0 && !veto && (!HasStrongest || FindingOrder.Before(false, weight, rank, false, Strongest, StrongestRank));
        return new Outcome(Sum + weight, Veto | veto, HasStrongest | stronger, stronger ? weight : Strongest, stronger ? rank : StrongestRank);
    }

    /// <summary>The contribution of two independent groups together.</summary>
    public Outcome Combine(in Outcome other)
    {
        var mine = HasStrongest && (!other.HasStrongest || FindingOrder.Before(false, Strongest, StrongestRank, false, other.Strongest, other.StrongestRank));
        return new Outcome(
            Sum + other.Sum,
            Veto | other.Veto,
            HasStrongest | other.HasStrongest,
            mine ? Strongest : other.Strongest,
            mine ? StrongestRank : other.StrongestRank);
    }

    /// <summary>The decision of an aggregator on this outcome.</summary>
    public Verdict Decide(IAggregator aggregator, double threshold)
    {
        var summary = new ScoreSummary { Sum = Sum, Veto = Veto, HasStrongest = HasStrongest, Strongest = Strongest, StrongestRank = StrongestRank };
        return aggregator.Decide(summary, threshold);
    }
}
