namespace InterviewRules;

/// <summary>The recommendation's decision.</summary>
public enum Verdict
{
    /// <summary>Take the interview.</summary>
    Accept,

    /// <summary>Decline the interview.</summary>
    Decline,
}
