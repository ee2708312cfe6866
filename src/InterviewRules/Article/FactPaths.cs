namespace InterviewRules.Article;

/// <summary>The paths of the scenario's facts, as evidence and policies name them.</summary>
public static class FactPaths
{
    /// <summary><c>candidate.yearsOfExperience</c>.</summary>
    public const string YearsOfExperience = "candidate.yearsOfExperience";

    /// <summary><c>candidate.interviewsInLastYear</c>.</summary>
    public const string InterviewsInLastYear = "candidate.interviewsInLastYear";

    /// <summary><c>candidate.activelyLooking</c>.</summary>
    public const string ActivelyLooking = "candidate.activelyLooking";

    /// <summary><c>candidate.otherOpportunities</c>.</summary>
    public const string OtherOpportunities = "candidate.otherOpportunities";

    /// <summary><c>opportunity.interviewer</c>.</summary>
    public const string Interviewer = "opportunity.interviewer";

    /// <summary><c>opportunity.format</c>.</summary>
    public const string Format = "opportunity.format";

    /// <summary><c>opportunity.travelHours</c>.</summary>
    public const string TravelHours = "opportunity.travelHours";

    /// <summary><c>opportunity.durationHours</c>.</summary>
    public const string DurationHours = "opportunity.durationHours";

    /// <summary><c>opportunity.industry</c>.</summary>
    public const string Industry = "opportunity.industry";

    /// <summary><c>opportunity.totalHours</c>: travel plus interview, derived (not part of the scenario document); policies can read it.</summary>
    public const string TotalHours = "opportunity.totalHours";

    /// <summary><c>concerns</c>.</summary>
    public const string Concerns = "concerns";

    /// <summary><c>redFlags</c>.</summary>
    public const string RedFlags = "redFlags";
}
