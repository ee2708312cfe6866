namespace InterviewRules.Engine;

/// <summary>An evaluation's decision: accept or decline what is being judged.</summary>
public enum Verdict
{
    /// <summary>Accept.</summary>
    Accept,

    /// <summary>Decline.</summary>
    Decline,
}
