using System.Collections.Generic;
using System.Text.Json;

namespace InterviewRules.Benchmarks;

/// <summary>
/// The scenario flattened into plain properties, as the foreign engines want their input (RulesEngine's expression
/// strings and NRules' patterns read properties). Converted once, outside any timing. It also collects what the
/// NRules actions fire.
/// </summary>
public sealed class Flat
{
    public Flat(InterviewScenario s)
    {
        Years = s.Candidate.YearsOfExperience;
        Interviews = s.Candidate.InterviewsInLastYear;
        Looking = s.Candidate.ActivelyLooking;
        Others = s.Candidate.OtherOpportunities;
        Format = JsonNamingPolicy.CamelCase.ConvertName(s.Opportunity.Format.ToString());
        Travel = s.Opportunity.TravelHours;
        Duration = s.Opportunity.DurationHours;
        NotInterested = s.Has(Concern.NotInterested);
        Vague = s.Has(Concern.VagueBadFeeling);
        LeadingOn = s.Has(Concern.FearOfLeadingOn);
        TooBusy = s.Has(Concern.TooBusy);
        Rejection = s.Has(Concern.FearOfRejection);
        Waiting = s.Has(Concern.WaitingOnFirstChoice);
        NegativeManagement = s.Has(RedFlag.NegativeManagement);
        LeadershipConflict = s.Has(RedFlag.LeadershipConflict);
        HighTurnover = s.Has(RedFlag.HighTurnover);
        HostileCulture = s.Has(RedFlag.HostileCulture);
        Untrustworthy = s.Has(RedFlag.UntrustworthyLeadership);
        AnyFlag = s.RedFlags.Count > 0;
    }

    public double Years { get; }
    public int Interviews { get; }
    public bool Looking { get; }
    public int Others { get; }
    public string Format { get; }
    public double Travel { get; }
    public double Duration { get; }
    public bool NotInterested { get; }
    public bool Vague { get; }
    public bool LeadingOn { get; }
    public bool TooBusy { get; }
    public bool Rejection { get; }
    public bool Waiting { get; }
    public bool NegativeManagement { get; }
    public bool LeadershipConflict { get; }
    public bool HighTurnover { get; }
    public bool HostileCulture { get; }
    public bool Untrustworthy { get; }
    public bool AnyFlag { get; }

    // What rules fired, for engines whose actions write back into the fact (NRules).
    public double Score { get; private set; }
    public bool Veto { get; private set; }
    public List<string> Fired { get; } = new(16);

    public void Reset()
    {
        Score = 0;
        Veto = false;
        Fired.Clear();
    }

    public void Fire(string id, double weight, bool veto)
    {
        Score += weight;
        Veto |= veto;
        Fired.Add(id);
    }
}
