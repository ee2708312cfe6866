using System;

namespace InterviewRules.Engine;

/// <summary>
/// What the shipped aggregators need to decide, gathered in one pass without findings: the sum, whether any rule
/// vetoed, and the strongest non-neutral weight (ties broken by rule id, as in canonical order).
/// </summary>
internal struct ScoreSummary
{
    public double Sum;
    public bool Veto;
    public double Strongest;
    public string? StrongestId;

    public void Add(string ruleId, double weight, bool veto)
    {
        Sum += weight;
        Veto |= veto;
        if (weight != 0 && !veto)
        {
            var magnitude = Math.Abs(weight);
            var best = Math.Abs(Strongest);
            if (StrongestId is null || magnitude > best || (magnitude == best && string.CompareOrdinal(ruleId, StrongestId) < 0))
            {
                Strongest = weight;
                StrongestId = ruleId;
            }
        }
    }
}
