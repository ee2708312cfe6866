namespace InterviewRules;

/// <summary>How far what is known decides the interview.</summary>
public enum AssessmentStatus
{
    /// <summary>Every completion of what is known gets the same decision.</summary>
    Settled,

    /// <summary>Some completions get one decision and some the other: a question is worth asking.</summary>
    Open,

    /// <summary>What is unknown hides what a rule written in code reads, or deciding would take more work than allowed.</summary>
    Undetermined,
}
