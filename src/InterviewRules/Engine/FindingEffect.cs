namespace InterviewRules.Engine;

/// <summary>Which way a finding pushes the decision; derived from the sign of its weight.</summary>
public enum FindingEffect
{
    /// <summary>The weight is zero: the finding informs but does not move the score.</summary>
    Neutral,

    /// <summary>The weight is positive: the finding favours accepting.</summary>
    Accept,

    /// <summary>The weight is negative: the finding favours declining.</summary>
    Decline,
}
