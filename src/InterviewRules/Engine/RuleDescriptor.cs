using System;
using System.Collections.Generic;
using System.Globalization;

namespace InterviewRules.Engine;

/// <summary>
/// What a rule is, independent of any facts: its stable id, its kind, its title for people, the source it
/// cites, and a short summary of the weight it gives.
/// </summary>
public sealed class RuleDescriptor
{
    private readonly Func<CultureInfo, RuleTexts>? _texts;
    private readonly RuleTexts _neutral;

    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable id, in kebab-case (<c>mentor-on-panel</c>): lowercase letters and digits in groups joined by single hyphens, at most 64 characters.</param>
    /// <param name="kind">The kind of finding the rule produces.</param>
    /// <param name="title">A short title for people.</param>
    /// <param name="source">The citation the rule rests on (<c>house rule 4</c>, a section of a guide).</param>
    /// <param name="weightSummary">How the rule weighs its finding, for people (<c>+2</c>, <c>-3 per flag</c>).</param>
    /// <param name="facts">
    /// The facts the rule reads, by name (the names its host defines): what lets reasoning over partly known facts
    /// include a rule written in code, which it cannot look inside. A rule that names none is taken to read every fact.
    /// </param>
    /// <exception cref="ArgumentException">An argument is empty, or <paramref name="id"/> is not kebab-case.</exception>
    public RuleDescriptor(string id, FindingKind kind, string title, string source, string weightSummary, IEnumerable<string>? facts = null)
        : this(id, kind, new RuleTexts(title, source, weightSummary), null)
    {
        if (facts is not null)
        {
            string[] paths = [.. facts];
            foreach (var path in paths)
            {
                ArgumentException.ThrowIfNullOrWhiteSpace(path, nameof(facts));
            }

            Facts = ReadOnlyArray<string>.Own(paths);
        }
    }

    /// <summary>Creates a descriptor whose texts come in several languages.</summary>
    /// <param name="id">The stable id, in kebab-case (<c>mentor-on-panel</c>): lowercase letters and digits in groups joined by single hyphens, at most 64 characters.</param>
    /// <param name="kind">The kind of finding the rule produces.</param>
    /// <param name="texts">
    /// Gives the texts in a culture's language, falling back to the neutral language for a culture it has no texts
    /// for; called with <see cref="CultureInfo.InvariantCulture"/> for the neutral texts, once, here. Must be pure and thread-safe.
    /// </param>
    /// <exception cref="ArgumentException">An argument is empty, or <paramref name="id"/> is not kebab-case.</exception>
    internal RuleDescriptor(string id, FindingKind kind, Func<CultureInfo, RuleTexts> texts)
        : this(id, kind, (texts ?? throw new ArgumentNullException(nameof(texts)))(CultureInfo.InvariantCulture), texts)
    {
    }

    private RuleDescriptor(string id, FindingKind kind, RuleTexts neutral, Func<CultureInfo, RuleTexts>? texts)
    {
        ArgumentNullException.ThrowIfNull(neutral, nameof(texts));
        ArgumentException.ThrowIfNullOrWhiteSpace(neutral.Title, "title");
        ArgumentException.ThrowIfNullOrWhiteSpace(neutral.Source, "source");
        ArgumentException.ThrowIfNullOrWhiteSpace(neutral.WeightSummary, "weightSummary");
        if (!IsValidId(id))
        {
            throw new ArgumentException(
                $"The rule id \"{id}\" is not valid; it must be kebab-case (lowercase letters and digits in groups joined by single hyphens, such as \"mentor-on-panel\"), at most 64 characters.",
                nameof(id));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "The kind must be Reason, CounterReason, Exception or Cost.");
        }

        Id = id;
        Kind = kind;
        _neutral = neutral;
        _texts = texts;
    }

    /// <summary>Gets the facts the rule says it reads, by path; empty when it says nothing (then it may read any).</summary>
    public IReadOnlyList<string> Facts { get; private init; } = ReadOnlyArray<string>.Empty;

    /// <summary>Gets the stable id, part of the public contract.</summary>
    public string Id { get; }

    /// <summary>Gets the kind of finding the rule produces.</summary>
    public FindingKind Kind { get; }

    /// <summary>Gets the title for people, in the neutral language (the language the rule was written in).</summary>
    public string Title => _neutral.Title;

    /// <summary>Gets the citation the rule rests on, in the neutral language.</summary>
    public string Source => _neutral.Source;

    /// <summary>Gets how the rule weighs its finding, for people, in the neutral language.</summary>
    public string WeightSummary => _neutral.WeightSummary;

    /// <summary>Gets the texts in a culture's language; the neutral texts for <see langword="null"/>, and for a descriptor created with fixed texts.</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for the neutral language.</param>
    /// <returns>The texts.</returns>
    internal RuleTexts GetTexts(CultureInfo? culture) => culture is null || _texts is null ? _neutral : _texts(culture);

    /// <summary>Gets the title in a culture's language, as the rule's texts give it; the neutral one for <see langword="null"/>, and for a descriptor created with fixed texts.</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for the neutral language.</param>
    /// <returns>The title.</returns>
    public string GetTitle(CultureInfo? culture) => GetTexts(culture).Title;

    /// <summary>Gets the citation in a culture's language; the neutral one for <see langword="null"/>.</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for the neutral language.</param>
    /// <returns>The citation.</returns>
    public string GetSource(CultureInfo? culture) => GetTexts(culture).Source;

    /// <summary>Gets how the rule weighs its finding, in a culture's language; the neutral one for <see langword="null"/>.</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for the neutral language.</param>
    /// <returns>The weight summary.</returns>
    public string GetWeightSummary(CultureInfo? culture) => GetTexts(culture).WeightSummary;

    /// <summary>Tells whether a string is a valid rule id: kebab-case, at most 64 characters.</summary>
    /// <param name="id">The id to check.</param>
    /// <returns><see langword="true"/> when it is valid.</returns>
    public static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 64 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Kind}, {Source}, {WeightSummary})";
}
