using InterviewRules.Engine;

namespace InterviewRules.Benchmarks;

/// <summary>The baseline: article-default as a hand-written if chain over the scenario, the fastest anyone could write it.</summary>
public static class HandWritten
{
    public static (Verdict Decision, double Score) Score(InterviewScenario s)
    {
        var c = s.Candidate;
        var o = s.Opportunity;
        var score = 2.0; // networking always fires
        if (c.YearsOfExperience < 3 || c.InterviewsInLastYear < 2)
        {
            score += 2;
        }

        if ((c.ActivelyLooking && c.OtherOpportunities < 3) || s.Has(Concern.WaitingOnFirstChoice))
        {
            score += 2;
        }

        if (s.Has(Concern.VagueBadFeeling) && s.RedFlags.Count == 0)
        {
            score += 1.5;
        }

        if (s.Has(Concern.NotInterested))
        {
            score += 1.5;
        }

        if (s.Has(Concern.FearOfLeadingOn))
        {
            score += 0.5;
        }

        if (s.Has(Concern.TooBusy) && c.ActivelyLooking)
        {
            score += 0.5;
        }

        if (s.Has(Concern.FearOfRejection))
        {
            score += 0.5;
        }

        score -= 3 * ((s.Has(RedFlag.NegativeManagement) ? 1 : 0) + (s.Has(RedFlag.LeadershipConflict) ? 1 : 0) + (s.Has(RedFlag.HighTurnover) ? 1 : 0) + (s.Has(RedFlag.HostileCulture) ? 1 : 0));
        if (o.Format is InterviewFormat.Video or InterviewFormat.Phone || o.TravelHours <= 1)
        {
            score += 0.5;
        }

        if (o.TravelHours + o.DurationHours > 8 && !c.ActivelyLooking)
        {
            score -= 3;
        }

        var veto = s.Has(RedFlag.UntrustworthyLeadership);
        return (!veto && score > 0 ? Verdict.Accept : Verdict.Decline, score);
    }

    public static Outcome WithFiredIds(InterviewScenario s)
    {
        var c = s.Candidate;
        var o = s.Opportunity;
        var fired = new string[11];
        var n = 0;
        var score = 0.0;
        void Fire(string id, double weight)
        {
            fired[n++] = id;
            score += weight;
        }

        if (s.Has(RedFlag.NegativeManagement) || s.Has(RedFlag.LeadershipConflict) || s.Has(RedFlag.HighTurnover) || s.Has(RedFlag.HostileCulture))
        {
            Fire("concrete-red-flags", -3 * ((s.Has(RedFlag.NegativeManagement) ? 1 : 0) + (s.Has(RedFlag.LeadershipConflict) ? 1 : 0) + (s.Has(RedFlag.HighTurnover) ? 1 : 0) + (s.Has(RedFlag.HostileCulture) ? 1 : 0)));
        }

        if (s.Has(Concern.FearOfRejection))
        {
            Fire("fear-of-rejection", 0.5);
        }

        if (s.Has(Concern.FearOfLeadingOn))
        {
            Fire("leading-on", 0.5);
        }

        var cheap = o.Format is InterviewFormat.Video or InterviewFormat.Phone || o.TravelHours <= 1;
        var expensive = o.TravelHours + o.DurationHours > 8 && !c.ActivelyLooking;
        if (cheap || expensive)
        {
            Fire("low-cost", (cheap ? 0.5 : 0) - (expensive ? 3 : 0));
        }

        if (c.YearsOfExperience < 3 || c.InterviewsInLastYear < 2)
        {
            Fire("need-practice", 2);
        }

        Fire("networking", 2);
        if ((c.ActivelyLooking && c.OtherOpportunities < 3) || s.Has(Concern.WaitingOnFirstChoice))
        {
            Fire("plan-b", 2);
        }

        if (s.Has(Concern.VagueBadFeeling) && s.RedFlags.Count == 0)
        {
            Fire("sharpen-instincts", 1.5);
        }

        if (s.Has(Concern.TooBusy))
        {
            Fire("too-busy", c.ActivelyLooking ? 0.5 : 0);
        }

        if (s.Has(Concern.NotInterested))
        {
            Fire("unknown-wants", 1.5);
        }

        var veto = s.Has(RedFlag.UntrustworthyLeadership);
        if (veto)
        {
            Fire("untrustworthy-people", 0);
        }

        // Ids are fired in ordinal order above, so the array is already sorted.
        return new Outcome(!veto && score > 0 ? Verdict.Accept : Verdict.Decline, score, fired[..n]);
    }
}
