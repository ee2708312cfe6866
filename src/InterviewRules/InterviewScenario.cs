using System;
using System.Collections.Generic;
using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules;

/// <summary>
/// Everything the rules look at: the candidate, the interview on offer, the concerns the candidate voices, the
/// red flags they know of in detail and those they have only heard of. Immutable; validated when created.
/// </summary>
public sealed class InterviewScenario : IEquatable<InterviewScenario>
{
    private readonly Concern[] _concerns;
    private readonly RedFlag[] _redFlags;
    private readonly RedFlag[] _rumours;
    private readonly uint _concernMask;
    private readonly uint _redFlagMask;
    private readonly uint _rumourMask;

    /// <summary>Creates a scenario.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="opportunity">The interview on offer.</param>
    /// <param name="concerns">The concerns voiced, each at most once; none when <see langword="null"/>.</param>
    /// <param name="redFlags">The red flags known in detail (first-hand, or from people who worked there), each at most once; none when <see langword="null"/>.</param>
    /// <param name="rumours">
    /// The red flags only heard of, each at most once and none also in <paramref name="redFlags"/>; none when
    /// <see langword="null"/>. A rumour is never evidence: it is a reason to go and find out.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> or <paramref name="opportunity"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidInputException">A concern, red flag or rumour is undefined or repeated, or a rumour is also a red flag; every problem is listed.</exception>
    public InterviewScenario(Candidate candidate, Opportunity opportunity, IEnumerable<Concern>? concerns = null, IEnumerable<RedFlag>? redFlags = null, IEnumerable<RedFlag>? rumours = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(opportunity);
        var errors = new List<InputError>();
        _concerns = concerns is null ? [] : [.. concerns];
        _redFlags = redFlags is null ? [] : [.. redFlags];
        _rumours = rumours is null ? [] : [.. rumours];
        _concernMask = Mask(errors, Facts.Concerns.Path, _concerns, Facts.ConcernNames);
        _redFlagMask = Mask(errors, Facts.RedFlags.Path, _redFlags, Facts.RedFlagNames);
        _rumourMask = Mask(errors, Facts.Rumours.Path, _rumours, Facts.RedFlagNames);
        if ((_redFlagMask & _rumourMask) != 0)
        {
            Facts.CheckRumours(errors, Array.ConvertAll(_redFlags, Facts.RedFlagNames.Of), Array.ConvertAll(_rumours, Facts.RedFlagNames.Of));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        Candidate = candidate;
        Opportunity = opportunity;
        Concerns = ReadOnly(_concerns);
        RedFlags = ReadOnly(_redFlags);
        Rumours = ReadOnly(_rumours);
        ConcernNames = ReadOnly(Array.ConvertAll(_concerns, Facts.ConcernNames.Of));
        RedFlagNames = ReadOnly(Array.ConvertAll(_redFlags, Facts.RedFlagNames.Of));
        RumourNames = ReadOnly(Array.ConvertAll(_rumours, Facts.RedFlagNames.Of));
    }

    /// <summary>Gets the candidate.</summary>
    public Candidate Candidate { get; }

    /// <summary>Gets the interview on offer.</summary>
    public Opportunity Opportunity { get; }

    /// <summary>Gets the concerns voiced, in the order given. Read-only.</summary>
    public IReadOnlyList<Concern> Concerns { get; }

    /// <summary>Gets the red flags known in detail, in the order given. Read-only.</summary>
    public IReadOnlyList<RedFlag> RedFlags { get; }

    /// <summary>Gets the red flags only heard of, in the order given. Read-only.</summary>
    public IReadOnlyList<RedFlag> Rumours { get; }



    /// <summary>Gets the concerns' contract names, in the order given. Read-only: evidence hands it out.</summary>
    internal IReadOnlyList<string> ConcernNames { get; }

    /// <summary>Gets the red flags' contract names, in the order given. Read-only: evidence hands it out.</summary>
    internal IReadOnlyList<string> RedFlagNames { get; }

    /// <summary>Gets the rumours' contract names, in the order given. Read-only: evidence hands it out.</summary>
    internal IReadOnlyList<string> RumourNames { get; }

    /// <summary>Tells whether the candidate voiced a concern.</summary>
    /// <param name="concern">The concern.</param>
    /// <returns><see langword="true"/> when voiced.</returns>
    public bool Has(Concern concern) => (_concernMask & Bit((int)concern)) != 0;

    /// <summary>Gets whether any red flag is known, without going through the list.</summary>
    internal bool HasRedFlags => _redFlagMask != 0;

    /// <summary>Gets the concerns as bits, by the enum's position.</summary>
    internal ulong ConcernMask => _concernMask;

    /// <summary>Gets the red flags as bits, by the enum's position.</summary>
    internal ulong RedFlagMask => _redFlagMask;

    /// <summary>Gets whether any rumour was heard, without going through the list.</summary>
    internal bool HasRumours => _rumourMask != 0;

    /// <summary>Gets the rumours as bits, by the enum's position.</summary>
    internal ulong RumourMask => _rumourMask;

    /// <summary>Tells whether a red flag is known.</summary>
    /// <param name="redFlag">The red flag.</param>
    /// <returns><see langword="true"/> when known.</returns>
    public bool Has(RedFlag redFlag) => (_redFlagMask & Bit((int)redFlag)) != 0;

    /// <summary>Tells whether a red flag was only heard of, as a rumour.</summary>
    /// <param name="rumour">The red flag.</param>
    /// <returns><see langword="true"/> when it is among the rumours.</returns>
    public bool HasRumour(RedFlag rumour) => (_rumourMask & Bit((int)rumour)) != 0;

    /// <summary>Returns a copy with some parts replaced; the copy is validated like a new scenario.</summary>
    /// <param name="candidate">The new candidate, or <see langword="null"/> to keep this one's.</param>
    /// <param name="opportunity">The new opportunity, or <see langword="null"/> to keep this one's.</param>
    /// <param name="concerns">The new concerns, or <see langword="null"/> to keep this one's.</param>
    /// <param name="redFlags">The new red flags, or <see langword="null"/> to keep this one's.</param>
    /// <param name="rumours">The new rumours, or <see langword="null"/> to keep this one's.</param>
    /// <returns>The new scenario.</returns>
    public InterviewScenario With(Candidate? candidate = null, Opportunity? opportunity = null, IEnumerable<Concern>? concerns = null, IEnumerable<RedFlag>? redFlags = null, IEnumerable<RedFlag>? rumours = null) =>
        new(candidate ?? Candidate, opportunity ?? Opportunity, concerns ?? _concerns, redFlags ?? _redFlags, rumours ?? _rumours);

    /// <inheritdoc />
    public bool Equals(InterviewScenario? other) =>
        other is not null
        && Candidate.Equals(other.Candidate)
        && Opportunity.Equals(other.Opportunity)
        && _concerns.AsSpan().SequenceEqual(other._concerns)
        && _redFlags.AsSpan().SequenceEqual(other._redFlags)
        && _rumours.AsSpan().SequenceEqual(other._rumours);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InterviewScenario);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Candidate, Opportunity, _concernMask, _redFlagMask, _rumourMask);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Candidate}; {Opportunity}; concerns: {(_concerns.Length == 0 ? "none" : string.Join(", ", ConcernNames))}; red flags: {(_redFlags.Length == 0 ? "none" : string.Join(", ", RedFlagNames))}; rumours: {(_rumours.Length == 0 ? "none" : string.Join(", ", RumourNames))}";

    private static uint Bit(int index) => (uint)index < 32 ? 1u << index : 0;

    private static ReadOnlyArray<T> ReadOnly<T>(T[] items) => ReadOnlyArray<T>.Own(items);

    private static uint Mask<TEnum>(List<InputError> errors, string field, TEnum[] values, EnumNames<TEnum> names)
        where TEnum : struct, Enum
    {
        var mask = 0u;
        for (var i = 0; i < values.Length; i++)
        {
            var index = EnumNames<TEnum>.IndexOf(values[i]);
            if (!names.IsDefined(values[i]))
            {
                names.CheckDefined(errors, $"{field}[{i}]", values[i]);
            }
            else if ((mask & Bit(index)) != 0)
            {
                var path = $"{field}[{i}]";
                errors.Add(new InputError("$." + path, $"{path} is {names[index]}, which is already listed; each value may appear only once."));
            }
            else
            {
                mask |= Bit(index);
            }
        }

        return mask;
    }
}
