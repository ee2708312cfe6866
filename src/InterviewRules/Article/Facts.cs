namespace InterviewRules.Article;

/// <summary>Reads one fact of a scenario as evidence. Allocation-free: lists are the scenario's own.</summary>
internal static class Facts
{
    public static Evidence YearsOfExperience(InterviewScenario s) => new(FactPaths.YearsOfExperience, FactValue.FromNumber(s.Candidate.YearsOfExperience));

    public static Evidence InterviewsInLastYear(InterviewScenario s) => new(FactPaths.InterviewsInLastYear, FactValue.FromNumber(s.Candidate.InterviewsInLastYear));

    public static Evidence ActivelyLooking(InterviewScenario s) => new(FactPaths.ActivelyLooking, FactValue.FromBoolean(s.Candidate.ActivelyLooking));

    public static Evidence OtherOpportunities(InterviewScenario s) => new(FactPaths.OtherOpportunities, FactValue.FromNumber(s.Candidate.OtherOpportunities));

    public static Evidence Interviewer(InterviewScenario s) => new(FactPaths.Interviewer, FactValue.FromText(ContractNames.Of(s.Opportunity.Interviewer)));

    public static Evidence Format(InterviewScenario s) => new(FactPaths.Format, FactValue.FromText(ContractNames.Of(s.Opportunity.Format)));

    public static Evidence TravelHours(InterviewScenario s) => new(FactPaths.TravelHours, FactValue.FromNumber(s.Opportunity.TravelHours));

    public static Evidence DurationHours(InterviewScenario s) => new(FactPaths.DurationHours, FactValue.FromNumber(s.Opportunity.DurationHours));

    public static Evidence Industry(InterviewScenario s) => new(FactPaths.Industry, FactValue.FromText(s.Opportunity.Industry));

    public static Evidence Concerns(InterviewScenario s) => new(FactPaths.Concerns, FactValue.FromList(s.ConcernNames));

    public static Evidence RedFlags(InterviewScenario s) => new(FactPaths.RedFlags, FactValue.FromList(s.RedFlagNames));

    public static FactValue Get(Finding finding, string fact) =>
        finding.TryGetEvidence(fact, out var value) ? value : default;
}
