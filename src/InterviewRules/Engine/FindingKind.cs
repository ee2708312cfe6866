namespace InterviewRules.Engine;

/// <summary>
/// The part a finding plays in the argument for or against accepting. A rule pack maps its own material onto these
/// four roles; the engine only carries the role from the rule to its findings.
/// </summary>
public enum FindingKind
{
    /// <summary>A reason to accept.</summary>
    Reason,

    /// <summary>An answer to a common reason to decline: the objection, and why it does not hold.</summary>
    CounterReason,

    /// <summary>A case where the usual answer does not hold, whichever way it points.</summary>
    Exception,

    /// <summary>What accepting costs.</summary>
    Cost,
}
