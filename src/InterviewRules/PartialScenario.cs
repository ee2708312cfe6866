using System;
using System.Collections.Generic;
using InterviewRules.Article;
using InterviewRules.Assessing;
using InterviewRules.Engine;

namespace InterviewRules;

/// <summary>
/// What is known of a candidate's situation so far, as a chatbot learns it one message at a time: every fact may be
/// unknown, and nothing takes a default. Immutable; each <c>With…</c> returns a new one with that fact known (checked
/// with the scenario's limits and sentences). Hand it to <see cref="InterviewAdvisor.Assess(PartialScenario)"/>.
/// </summary>
/// <example>
/// <code>
/// var known = PartialScenario.Empty
///     .WithOpportunity(interviewer: InterviewerRole.Recruiter, format: InterviewFormat.Video)
///     .WithConcern(Concern.TooBusy, true);
/// Assessment assessment = InterviewAdvisor.Default.Assess(known);
/// </code>
/// </example>
public sealed class PartialScenario
{
    private readonly ItemState[] _items;

    private PartialScenario(ItemState[] items)
    {
        _items = items;
    }

    /// <summary>Gets the partial scenario in which nothing is known.</summary>
    public static PartialScenario Empty { get; } = new(Array.ConvertAll([.. Item.All], ItemState.Unknown));

    /// <summary>Gets the paths of the item facts still unknown, in item order (<c>candidate.activelyLooking</c>, <c>concerns.tooBusy</c> …).</summary>
    public IReadOnlyList<string> Unknown
    {
        get
        {
            var unknown = new List<string>();
            foreach (var item in Item.All)
            {
                if (!_items[item.Index].IsKnown(item))
                {
                    unknown.Add(item.Path);
                }
            }

            return ReadOnlyArray<string>.Own([.. unknown]);
        }
    }

    /// <summary>What is known of each item, by <see cref="Item.Index"/>.</summary>
    internal ReadOnlySpan<ItemState> Items => _items;

    /// <summary>Everything a complete scenario says, known.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The partial scenario with every item known.</returns>
    public static PartialScenario From(InterviewScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var c = scenario.Candidate;
        var o = scenario.Opportunity;
        var known = Empty
            .WithCandidate(c.YearsOfExperience, c.InterviewsInLastYear, c.ActivelyLooking, c.OtherOpportunities)
            .WithOpportunity(o.Interviewer, o.Format, o.TravelHours, o.DurationHours, o.Industry)
            .WithConcerns(scenario.Concerns);
        var items = (ItemState[])known._items.Clone();

        // A scenario without an industry says there is none: known, absent.
        items[Item.Of(Facts.Industry)!.Index] = ItemState.KnownText(o.Industry);
        foreach (var flag in Enum.GetValues<RedFlag>())
        {
            var state = scenario.Has(flag) ? FlagState.RedFlag : scenario.HasRumour(flag) ? FlagState.Rumour : FlagState.None;
            items[Item.Flag((int)flag).Index] = ItemState.Discrete(1UL << (int)state);
        }

        return new PartialScenario(items);
    }

    /// <summary>The candidate's facts that are now known; a <see langword="null"/> argument leaves that fact as it was.</summary>
    /// <exception cref="InvalidInputException">A value is outside the scenario's limits (every problem named).</exception>
    public PartialScenario WithCandidate(double? yearsOfExperience = null, int? interviewsInLastYear = null, bool? activelyLooking = null, int? otherOpportunities = null)
    {
        var items = (ItemState[])_items.Clone();
        var errors = new List<InputError>();
        SetNumber(items, errors, Facts.YearsOfExperience, yearsOfExperience);
        SetNumber(items, errors, Facts.InterviewsInLastYear, interviewsInLastYear);
        SetBoolean(items, Facts.ActivelyLooking, activelyLooking);
        SetNumber(items, errors, Facts.OtherOpportunities, otherOpportunities);
        return Checked(items, errors);
    }

    /// <summary>The interview's facts that are now known; a <see langword="null"/> argument leaves that fact as it was.</summary>
    /// <exception cref="InvalidInputException">A value is outside the scenario's limits (every problem named).</exception>
    public PartialScenario WithOpportunity(InterviewerRole? interviewer = null, InterviewFormat? format = null, double? travelHours = null, double? durationHours = null, string? industry = null)
    {
        var items = (ItemState[])_items.Clone();
        var errors = new List<InputError>();
        SetChoice(items, errors, Facts.Interviewer, Facts.InterviewerNames, interviewer);
        SetChoice(items, errors, Facts.Format, Facts.FormatNames, format);
        SetNumber(items, errors, Facts.TravelHours, travelHours);
        SetNumber(items, errors, Facts.DurationHours, durationHours);
        if (industry is not null)
        {
            Facts.Industry.Check(errors, industry);
            items[Item.Of(Facts.Industry)!.Index] = ItemState.KnownText(industry);
        }

        return Checked(items, errors);
    }

    /// <summary>Whether the candidate has this concern is now known.</summary>
    public PartialScenario WithConcern(Concern concern, bool has)
    {
        var position = Position(Facts.ConcernNames, concern, "concern");
        var items = (ItemState[])_items.Clone();
        items[Item.Concern(position).Index] = ItemState.Discrete(has ? 1UL : 2UL);
        return new PartialScenario(items);
    }

    /// <summary>The complete list of the candidate's concerns is known: those named, and no other.</summary>
    /// <exception cref="InvalidInputException">A concern is not defined, or is named twice.</exception>
    public PartialScenario WithConcerns(IEnumerable<Concern> concerns)
    {
        ArgumentNullException.ThrowIfNull(concerns);
        var listed = new InterviewScenario(new Candidate(0, 0, false), new Opportunity(InterviewerRole.Unknown, InterviewFormat.Video), concerns);
        var items = (ItemState[])_items.Clone();
        for (var i = 0; i < Facts.ConcernNames.Count; i++)
        {
            items[Item.Concern(i).Index] = ItemState.Discrete(listed.Has(EnumNames<Concern>.ValueAt(i)) ? 1UL : 2UL);
        }

        return new PartialScenario(items);
    }

    /// <summary>What the candidate knows of this possible red flag is now known exactly.</summary>
    public PartialScenario WithRedFlag(RedFlag flag, FlagState state)
    {
        var position = Position(Facts.RedFlagNames, flag, "red flag");
        CheckState(state);
        var items = (ItemState[])_items.Clone();
        items[Item.Flag(position).Index] = ItemState.Discrete(1UL << (int)state);
        return new PartialScenario(items);
    }

    /// <summary>One state of this possible red flag is ruled out (say, "I haven't heard that", ruling out a rumour); the others stay possible.</summary>
    /// <exception cref="ArgumentException">Nothing would be left possible.</exception>
    public PartialScenario WithRedFlagRuledOut(RedFlag flag, FlagState state)
    {
        var position = Position(Facts.RedFlagNames, flag, "red flag");
        CheckState(state);
        var items = (ItemState[])_items.Clone();
        var item = Item.Flag(position);
        var mask = items[item.Index].Mask & ~(1UL << (int)state);
        if (mask == 0)
        {
            throw new ArgumentException($"{item.Path}: ruling out {Item.FlagValues[(int)state]} leaves no state possible; say what is known with WithRedFlag instead.", nameof(state));
        }

        items[item.Index] = ItemState.Discrete(mask);
        return new PartialScenario(items);
    }

    /// <summary>The complete list of what the candidate knows in detail: those named are red flags, no other is.</summary>
    /// <exception cref="InvalidInputException">A flag is not defined, or is named twice.</exception>
    public PartialScenario WithRedFlags(IEnumerable<RedFlag> redFlags) => WithList(redFlags, FlagState.RedFlag);

    /// <summary>The complete list of what the candidate has only heard: those named are rumours, no other is.</summary>
    /// <exception cref="InvalidInputException">A flag is not defined, or is named twice.</exception>
    public PartialScenario WithRumours(IEnumerable<RedFlag> rumours) => WithList(rumours, FlagState.Rumour);

    /// <summary>The known facts, for logs.</summary>
    /// <returns>One line: each known item with its value, then how many are unknown.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        foreach (var item in Item.All)
        {
            if (_items[item.Index].IsKnown(item))
            {
                parts.Add($"{item.Path}={_items[item.Index].Describe(item)}");
            }
        }

        return $"{(parts.Count == 0 ? "nothing known" : string.Join(", ", parts))}; {Unknown.Count} unknown";
    }

    /// <summary>Makes a partial scenario from item states already checked (the JSON reader's).</summary>
    internal static PartialScenario FromItems(ItemState[] items) => new(items);

    private PartialScenario WithList(IEnumerable<RedFlag> flags, FlagState state)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var scenario = state == FlagState.RedFlag
            ? new InterviewScenario(new Candidate(0, 0, false), new Opportunity(InterviewerRole.Unknown, InterviewFormat.Video), redFlags: flags)
            : new InterviewScenario(new Candidate(0, 0, false), new Opportunity(InterviewerRole.Unknown, InterviewFormat.Video), rumours: flags);
        var items = (ItemState[])_items.Clone();
        var bit = 1UL << (int)state;
        for (var i = 0; i < Facts.RedFlagNames.Count; i++)
        {
            var flag = EnumNames<RedFlag>.ValueAt(i);
            var listed = state == FlagState.RedFlag ? scenario.Has(flag) : scenario.HasRumour(flag);
            var index = Item.Flag(i).Index;
            // Not listed: that state is ruled out, the others stay as they were (none, when nothing else was left).
            var rest = items[index].Mask & ~bit;
            items[index] = ItemState.Discrete(listed ? bit : rest != 0 ? rest : 1UL << (int)FlagState.None);
        }

        return new PartialScenario(items);
    }

    private static PartialScenario Checked(ItemState[] items, List<InputError> errors) =>
        errors.Count > 0 ? throw new InvalidInputException(errors) : new PartialScenario(items);

    private static void SetNumber(ItemState[] items, List<InputError> errors, FactDefinition fact, double? value)
    {
        if (value is { } number)
        {
            var before = errors.Count;
            fact.Check(errors, number);
            if (errors.Count == before)
            {
                items[Item.Of(fact)!.Index] = ItemState.KnownNumber(number == 0 ? 0 : number);
            }
        }
    }

    private static void SetBoolean(ItemState[] items, FactDefinition fact, bool? value)
    {
        if (value is { } flag)
        {
            items[Item.Of(fact)!.Index] = ItemState.Discrete(flag ? 1UL : 2UL);
        }
    }

    private static void SetChoice<TEnum>(ItemState[] items, List<InputError> errors, FactDefinition fact, EnumNames<TEnum> names, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is not { } chosen)
        {
            return;
        }

        if (!names.IsDefined(chosen))
        {
            names.CheckDefined(errors, fact.Path, chosen);
            return;
        }

        items[Item.Of(fact)!.Index] = ItemState.Discrete(1UL << EnumNames<TEnum>.IndexOf(chosen));
    }

    private static int Position<TEnum>(EnumNames<TEnum> names, TEnum value, string what)
        where TEnum : struct, Enum =>
        names.IsDefined(value) ? EnumNames<TEnum>.IndexOf(value) : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a {what}; the {what}s are {string.Join(", ", names)}.");

    private static void CheckState(FlagState state)
    {
        if (!Enum.IsDefined(state))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "The state must be RedFlag, Rumour or None.");
        }
    }
}
