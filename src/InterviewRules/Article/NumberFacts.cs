using System.Runtime.Intrinsics;

namespace InterviewRules.Article;

/// <summary>
/// A scenario's numbers a policy condition can compare, as one vector computed once when the scenario is made:
/// years of experience, interviews in the last year, other opportunities, travel hours, duration hours and total
/// hours, in that order (the order of the number fields of <c>Policies/ConditionProgram.cs</c>; a test holds them
/// together), then two zeros. Policies/ConditionTable.cs compares a policy's number tests against it, eight to an
/// instruction, with no reading of the candidate and the interview.
/// </summary>
internal static class NumberFacts
{
    /// <summary>How many numbers the vector holds (the rest of its eight elements are zero).</summary>
    public const int Count = 6;

    /// <summary>The vector of a scenario's numbers.</summary>
    public static Vector512<double> Of(Candidate candidate, Opportunity opportunity) => Vector512.Create(
        candidate.YearsOfExperience,
        candidate.InterviewsInLastYear,
        candidate.OtherOpportunities,
        opportunity.TravelHours,
        opportunity.DurationHours,
        opportunity.TravelHours + opportunity.DurationHours,
        0,
        0);
}
