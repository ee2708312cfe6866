namespace InterviewRules.Engine;

/// <summary>
/// What the shipped aggregators need to decide, gathered in one pass without findings: the sum (in rule-set
/// order), whether any rule vetoed, and the strongest non-neutral weight, ties broken by the rule id's ordinal
/// rank, as in canonical order.
/// </summary>
internal struct ScoreSummary
{
    public double Sum;
    public bool Veto;
    public double Strongest;
    public int StrongestRank;
    public bool HasStrongest;

    /// <summary>Adds a weight to the sum; the strongest weight is tracked only for aggregators that read it.</summary>
    public void Add(int rank, double weight, bool veto, bool trackStrongest)
    {
        Sum += weight;
        Veto |= veto;
        if (trackStrongest && weight != 0 && !veto && (!HasStrongest || FindingOrder.Before(false, weight, rank, false, Strongest, StrongestRank)))
        {
            Strongest = weight;
            StrongestRank = rank;
            HasStrongest = true;
        }
    }
}
