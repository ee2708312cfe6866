using System;
using System.Collections.Generic;
using InterviewRules.Article;
using InterviewRules.Localization;

namespace InterviewRules;

/// <summary>The person deciding whether to take the interview. Immutable; validated when created.</summary>
public sealed class Candidate : IEquatable<Candidate>
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="yearsOfExperience">Years of professional experience, 0 to 70.</param>
    /// <param name="interviewsInLastYear">Interviews taken in the last twelve months, a whole number from 0 to 1000.</param>
    /// <param name="activelyLooking">Whether the candidate is looking for a new role.</param>
    /// <param name="otherOpportunities">Other opportunities in play (applications, interviews, offers), 0 to 1000. The default value is 0.</param>
    /// <exception cref="InvalidInputException">A value is outside its range; every problem is listed.</exception>
    public Candidate(double yearsOfExperience, int interviewsInLastYear, bool activelyLooking, int otherOpportunities = 0)
    {
        var errors = new List<InputError>();
        Facts.YearsOfExperience.Check(errors, yearsOfExperience);
        Facts.InterviewsInLastYear.Check(errors, interviewsInLastYear);
        Facts.OtherOpportunities.Check(errors, otherOpportunities);
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        YearsOfExperience = yearsOfExperience == 0 ? 0 : yearsOfExperience;
        InterviewsInLastYear = interviewsInLastYear;
        ActivelyLooking = activelyLooking;
        OtherOpportunities = otherOpportunities;
    }

    /// <summary>Gets the years of professional experience.</summary>
    public double YearsOfExperience { get; }

    /// <summary>Gets the number of interviews taken in the last twelve months.</summary>
    public int InterviewsInLastYear { get; }

    /// <summary>Gets whether the candidate is looking for a new role.</summary>
    public bool ActivelyLooking { get; }

    /// <summary>Gets the number of other opportunities in play.</summary>
    public int OtherOpportunities { get; }

    /// <inheritdoc />
    public bool Equals(Candidate? other) =>
        other is not null
        && YearsOfExperience.Equals(other.YearsOfExperience)
        && InterviewsInLastYear == other.InterviewsInLastYear
        && ActivelyLooking == other.ActivelyLooking
        && OtherOpportunities == other.OtherOpportunities;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Candidate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(YearsOfExperience, InterviewsInLastYear, ActivelyLooking, OtherOpportunities);

    /// <inheritdoc />
    public override string ToString() =>
        $"{WeightText.Number(YearsOfExperience)} years of experience, {InterviewsInLastYear} interviews in the last year, {(ActivelyLooking ? "actively looking" : "not looking")}, {OtherOpportunities} other opportunities";
}
