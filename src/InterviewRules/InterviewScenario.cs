using System;
using System.Collections.Generic;
using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules;

/// <summary>
/// Everything the rules look at: the candidate, the interview on offer, the concerns the candidate voices and the
/// concrete red flags they know of. Immutable; validated when created.
/// </summary>
public sealed class InterviewScenario : IEquatable<InterviewScenario>
{
    private readonly Concern[] _concerns;
    private readonly RedFlag[] _redFlags;
    private readonly uint _concernMask;
    private readonly uint _redFlagMask;

    /// <summary>Creates a scenario.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="opportunity">The interview on offer.</param>
    /// <param name="concerns">The concerns voiced, each at most once; none when <see langword="null"/>.</param>
    /// <param name="redFlags">The concrete red flags known, each at most once; none when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> or <paramref name="opportunity"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidInputException">A concern or red flag is undefined or repeated; every problem is listed.</exception>
    public InterviewScenario(Candidate candidate, Opportunity opportunity, IEnumerable<Concern>? concerns = null, IEnumerable<RedFlag>? redFlags = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(opportunity);
        var errors = new List<InputError>();
        _concerns = concerns is null ? [] : [.. concerns];
        _redFlags = redFlags is null ? [] : [.. redFlags];
        _concernMask = Mask(errors, Facts.Concerns.Path, _concerns, Facts.ConcernNames);
        _redFlagMask = Mask(errors, Facts.RedFlags.Path, _redFlags, Facts.RedFlagNames);
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        Candidate = candidate;
        Opportunity = opportunity;
        Concerns = ReadOnly(_concerns);
        RedFlags = ReadOnly(_redFlags);
        ConcernNames = ReadOnly(Array.ConvertAll(_concerns, Facts.ConcernNames.Of));
        RedFlagNames = ReadOnly(Array.ConvertAll(_redFlags, Facts.RedFlagNames.Of));
    }

    /// <summary>Gets the candidate.</summary>
    public Candidate Candidate { get; }

    /// <summary>Gets the interview on offer.</summary>
    public Opportunity Opportunity { get; }

    /// <summary>Gets the concerns voiced, in the order given. Read-only.</summary>
    public IReadOnlyList<Concern> Concerns { get; }

    /// <summary>Gets the concrete red flags known, in the order given. Read-only.</summary>
    public IReadOnlyList<RedFlag> RedFlags { get; }

    /// <summary>Gets the concerns' contract names, in the order given. Read-only: evidence hands it out.</summary>
    internal IReadOnlyList<string> ConcernNames { get; }

    /// <summary>Gets the red flags' contract names, in the order given. Read-only: evidence hands it out.</summary>
    internal IReadOnlyList<string> RedFlagNames { get; }

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

    /// <summary>Tells whether a red flag is known.</summary>
    /// <param name="redFlag">The red flag.</param>
    /// <returns><see langword="true"/> when known.</returns>
    public bool Has(RedFlag redFlag) => (_redFlagMask & Bit((int)redFlag)) != 0;

    /// <summary>Returns a copy with some parts replaced; the copy is validated like a new scenario.</summary>
    /// <param name="candidate">The new candidate, or <see langword="null"/> to keep this one's.</param>
    /// <param name="opportunity">The new opportunity, or <see langword="null"/> to keep this one's.</param>
    /// <param name="concerns">The new concerns, or <see langword="null"/> to keep this one's.</param>
    /// <param name="redFlags">The new red flags, or <see langword="null"/> to keep this one's.</param>
    /// <returns>The new scenario.</returns>
    public InterviewScenario With(Candidate? candidate = null, Opportunity? opportunity = null, IEnumerable<Concern>? concerns = null, IEnumerable<RedFlag>? redFlags = null) =>
        new(candidate ?? Candidate, opportunity ?? Opportunity, concerns ?? _concerns, redFlags ?? _redFlags);

    /// <inheritdoc />
    public bool Equals(InterviewScenario? other) =>
        other is not null
        && Candidate.Equals(other.Candidate)
        && Opportunity.Equals(other.Opportunity)
        && _concerns.AsSpan().SequenceEqual(other._concerns)
        && _redFlags.AsSpan().SequenceEqual(other._redFlags);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InterviewScenario);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Candidate, Opportunity, _concernMask, _redFlagMask);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Candidate}; {Opportunity}; concerns: {(_concerns.Length == 0 ? "none" : string.Join(", ", ConcernNames))}; red flags: {(_redFlags.Length == 0 ? "none" : string.Join(", ", RedFlagNames))}";

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
