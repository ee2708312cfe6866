using System;
using System.Collections.Generic;
using InterviewRules.Engine;

namespace InterviewRules.Article;

/// <summary>
/// The scenario contract (docs/contract.md, "Scenario"): every fact declared once, here, in contract order, with
/// its path, type, limits or names, whether a document must give it and its default, and how it is read from a
/// scenario. Everything else is derived from this table: the JSON reader's checks and sentences and the JSON writer,
/// the constructors' checks, the evidence rules record, the facts policy conditions can read, and the contract names
/// of the scenario's enums. A test holds docs/schemas/scenario.schema.json to it.
/// </summary>
internal static class Facts
{
    // Static fields are initialized in the order they are written: a fact's Index is its position below.
    private static readonly FactDefinition.Table Table = new();

    /// <summary>The contract names of <see cref="InterviewerRole"/>, by position.</summary>
    public static readonly EnumNames<InterviewerRole> InterviewerNames = new("recruiter", "hiringManager", "departmentHead", "executive", "peer", "unknown");

    /// <summary>The contract names of <see cref="InterviewFormat"/>, by position.</summary>
    public static readonly EnumNames<InterviewFormat> FormatNames = new("video", "phone", "onSite");

    /// <summary>The contract names of <see cref="Concern"/>, by position.</summary>
    public static readonly EnumNames<Concern> ConcernNames = new("notInterested", "wrongIndustry", "vagueBadFeeling", "fearOfLeadingOn", "tooBusy", "fearOfRejection", "waitingOnFirstChoice");

    /// <summary>The contract names of <see cref="RedFlag"/>, by position.</summary>
    public static readonly EnumNames<RedFlag> RedFlagNames = new("negativeManagement", "leadershipConflict", "highTurnover", "hostileCulture", "untrustworthyLeadership");

    public static readonly FactDefinition YearsOfExperience = Table.Number("candidate.yearsOfExperience", 0, 70, s => s.Candidate.YearsOfExperience);

    public static readonly FactDefinition InterviewsInLastYear = Table.Number("candidate.interviewsInLastYear", 0, 1000, s => s.Candidate.InterviewsInLastYear, whole: true);

    public static readonly FactDefinition ActivelyLooking = Table.Boolean("candidate.activelyLooking", s => s.Candidate.ActivelyLooking);

    public static readonly FactDefinition OtherOpportunities = Table.Number("candidate.otherOpportunities", 0, 1000, s => s.Candidate.OtherOpportunities, whole: true, defaultValue: 0);

    public static readonly FactDefinition Interviewer = Table.Choice("opportunity.interviewer", InterviewerNames, s => s.Opportunity.Interviewer);

    public static readonly FactDefinition Format = Table.Choice("opportunity.format", FormatNames, s => s.Opportunity.Format);

    public static readonly FactDefinition TravelHours = Table.Number("opportunity.travelHours", 0, 100, s => s.Opportunity.TravelHours, defaultValue: 0);

    public static readonly FactDefinition DurationHours = Table.Number("opportunity.durationHours", 0, 100, s => s.Opportunity.DurationHours, exclusiveMinimum: true, defaultValue: 1);

    public static readonly FactDefinition Industry = Table.Text("opportunity.industry", 200, s => s.Opportunity.Industry);

    /// <summary>Travel plus interview: not in the scenario document, but policies can read it.</summary>
    public static readonly FactDefinition TotalHours = Table.Sum("opportunity.totalHours", TravelHours, DurationHours);

    public static readonly FactDefinition Concerns = Table.List("concerns", ConcernNames, s => s.ConcernNames, s => s.ConcernMask);

    public static readonly FactDefinition RedFlags = Table.List("redFlags", RedFlagNames, s => s.RedFlagNames, s => s.RedFlagMask);

    /// <summary>Red flags only heard of: the same names as <see cref="RedFlags"/>, never one of them too.</summary>
    public static readonly FactDefinition Rumours = Table.List("rumours", RedFlagNames, s => s.RumourNames, s => s.RumourMask);

    /// <summary>Gets every fact, in contract order; a fact's <see cref="FactDefinition.Index"/> is its position here.</summary>
    public static IReadOnlyList<FactDefinition> All { get; } = Table.Declared;

    /// <summary>
    /// Makes a scenario from one value per fact (indexed by <see cref="FactDefinition.Index"/>), as the JSON reader
    /// read them: the inverse of <see cref="FactDefinition.Read"/>, through the public constructors.
    /// </summary>
    public static InterviewScenario Create(FactValue[] values) => new(
        new Candidate(
            values[YearsOfExperience.Index].Number,
            (int)values[InterviewsInLastYear.Index].Number,
            values[ActivelyLooking.Index].Boolean,
            (int)values[OtherOpportunities.Index].Number),
        new Opportunity(
            Value(InterviewerNames, values[Interviewer.Index]),
            Value(FormatNames, values[Format.Index]),
            values[TravelHours.Index].Number,
            values[DurationHours.Index].Number,
            values[Industry.Index].Text),
        Values(ConcernNames, values[Concerns.Index]),
        Values(RedFlagNames, values[RedFlags.Index]),
        Values(RedFlagNames, values[Rumours.Index]));

    /// <summary>
    /// Reports each rumour that is also a red flag, naming both places: what the candidate knows in detail and what
    /// they have only heard are two different things, and one name cannot be both.
    /// </summary>
    public static void CheckRumours(List<InputError> errors, IReadOnlyList<string> redFlags, IReadOnlyList<string> rumours)
    {
        for (var i = 0; i < rumours.Count; i++)
        {
            for (var j = 0; j < redFlags.Count; j++)
            {
                if (string.Equals(rumours[i], redFlags[j], StringComparison.Ordinal))
                {
                    var path = $"{Rumours.Path}[{i}]";
                    errors.Add(new InputError("$." + path, $"{path} is {rumours[i]}, which is also listed in {RedFlags.Path}[{j}]; a red flag is either known in detail ({RedFlags.Path}) or only heard of ({Rumours.Path}), not both."));
                }
            }
        }
    }

    /// <summary>Gets the value a finding recorded for a fact, or the default value when it recorded none.</summary>
    public static FactValue Get(Finding finding, string fact) =>
        finding.TryGetEvidence(fact, out var value) ? value : default;

    private static TEnum Value<TEnum>(EnumNames<TEnum> names, FactValue value)
        where TEnum : struct, Enum => EnumNames<TEnum>.ValueAt(names.IndexOf(value.Text));

    private static TEnum[] Values<TEnum>(EnumNames<TEnum> names, FactValue value)
        where TEnum : struct, Enum
    {
        var items = value.Items;
        var result = new TEnum[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = EnumNames<TEnum>.ValueAt(names.IndexOf(items[i]));
        }

        return result;
    }
}
