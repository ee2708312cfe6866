namespace InterviewRules;

/// <summary>What a candidate knows of one possible red flag about the people: the states of its item in a partial scenario.</summary>
public enum FlagState
{
    /// <summary>Known in detail, first-hand or from people who worked there (<c>redFlags</c>).</summary>
    RedFlag,

    /// <summary>Only heard of (<c>rumours</c>).</summary>
    Rumour,

    /// <summary>Neither.</summary>
    None,
}
