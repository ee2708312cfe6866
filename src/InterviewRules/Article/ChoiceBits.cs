namespace InterviewRules.Article;

/// <summary>
/// A scenario's choice facts as one word of bits, computed once when the scenario is made: the interviewer's bit,
/// the format's, whether the candidate is looking (one bit for false, one for true), then the concern, red-flag and
/// rumour masks, each at its own offset, the widths being the fact table's numbers of names. Policy conditions on
/// these facts are tested against it (Policies/ConditionTable.cs), with no reading of the scenario's lists.
/// </summary>
internal static class ChoiceBits
{
    /// <summary>Where the format's bits start (the interviewer's start at 0).</summary>
    public static readonly int FormatAt = Facts.Interviewer.AllowedValues.Count;

    /// <summary>Where the two bits of <c>candidate.activelyLooking</c> start: false, then true.</summary>
    public static readonly int LookingAt = FormatAt + Facts.Format.AllowedValues.Count;

    /// <summary>Where the concern mask starts.</summary>
    public static readonly int ConcernsAt = LookingAt + 2;

    /// <summary>Where the red-flag mask starts.</summary>
    public static readonly int RedFlagsAt = ConcernsAt + Facts.Concerns.AllowedValues.Count;

    /// <summary>Where the rumour mask starts.</summary>
    public static readonly int RumoursAt = RedFlagsAt + Facts.RedFlags.AllowedValues.Count;

    /// <summary>How many bits the choice facts take: the word's bits from here on are free.</summary>
    public static readonly int Count = RumoursAt + Facts.Rumours.AllowedValues.Count;

    /// <summary>The word of a scenario's choice facts.</summary>
    public static ulong Of(Candidate candidate, Opportunity opportunity, ulong concerns, ulong redFlags, ulong rumours) =>
        (1UL << (int)opportunity.Interviewer)
        | (1UL << (int)opportunity.Format << FormatAt)
        | ((candidate.ActivelyLooking ? 2UL : 1UL) << LookingAt)
        | (concerns << ConcernsAt)
        | (redFlags << RedFlagsAt)
        | (rumours << RumoursAt);
}
