namespace InterviewRules;

/// <summary>Who conducts the interview. JSON names are camelCase (<c>hiringManager</c>).</summary>
public enum InterviewerRole
{
    /// <summary>A recruiter.</summary>
    Recruiter,

    /// <summary>The hiring manager.</summary>
    HiringManager,

    /// <summary>A department head.</summary>
    DepartmentHead,

    /// <summary>An executive.</summary>
    Executive,

    /// <summary>A future peer.</summary>
    Peer,

    /// <summary>Not known yet.</summary>
    Unknown,
}
