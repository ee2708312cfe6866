namespace InterviewRules;

/// <summary>What part of the article a finding comes from.</summary>
public enum FindingKind
{
    /// <summary>One of the article's five reasons to take the interview.</summary>
    Reason,

    /// <summary>The article's rebuttal of a common reason for skipping an interview.</summary>
    CounterReason,

    /// <summary>A valid exception to the article's general rule that interviews are worth taking.</summary>
    Exception,

    /// <summary>The cost of the interview itself: time, travel and effort.</summary>
    Cost,
}
