namespace InterviewRules;

/// <summary>How the interview takes place. JSON names are camelCase (<c>onSite</c>).</summary>
public enum InterviewFormat
{
    /// <summary>A video call.</summary>
    Video,

    /// <summary>A phone call.</summary>
    Phone,

    /// <summary>In person, at the employer's site.</summary>
    OnSite,
}
