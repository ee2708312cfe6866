using System;
using System.Collections;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Resources;

namespace InterviewRules.Localization;

/// <summary>
/// One shipped language's texts, read from the resources once: every key of the neutral resources and of the
/// language's own, each with the text <see cref="ResourceManager.GetString(string, CultureInfo)"/> gives for it: the
/// language's own text, else the English one (the per-key fallback stays). Looking a text up is then one lookup in a
/// <see cref="FrozenDictionary{TKey, TValue}"/>, with no locks.
/// </summary>
internal sealed class TextTable
{
    private readonly FrozenDictionary<string, TextEntry> _entries;
    private readonly FrozenDictionary<string, CountTexts> _counts;

    private TextTable(FrozenDictionary<string, TextEntry> entries, FrozenDictionary<string, CountTexts> counts)
    {
        _entries = entries;
        _counts = counts;
    }

    /// <summary>Reads a language's texts.</summary>
    /// <param name="language">The language.</param>
    /// <returns>Its texts.</returns>
    public static TextTable Load(Language language)
    {
        // What ResourceManager.GetString gives, key by key: the language's own text, else the neutral (English) one.
        // Each set is read once, in order; the language's set (found through its culture's parents) overrides.
        var texts = new Dictionary<string, string>(128, StringComparer.Ordinal);
        Read(texts, Texts.Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        if (language.Index != Languages.EnglishIndex)
        {
            var resources = language.Resources ?? Texts.Resources;
            var culture = language.Culture ?? (language.Resources is null ? null : CultureInfo.InvariantCulture);
            if (culture is not null)
            {
                Read(texts, resources.GetResourceSet(culture, createIfNotExists: true, tryParents: true));
            }
        }

        var entries = new Dictionary<string, TextEntry>(texts.Count, StringComparer.Ordinal);
        foreach (var (key, text) in texts)
        {
            entries.Add(key, new TextEntry(text));
        }

        // count.{noun}.one and count.{noun}.other, by noun, so that counting needs no key built.
        var counts = new Dictionary<string, CountTexts>(StringComparer.Ordinal);
        foreach (var (key, one) in entries)
        {
            const string Prefix = "count.", One = ".one", Other = ".other";
            if (key.StartsWith(Prefix, StringComparison.Ordinal) && key.EndsWith(One, StringComparison.Ordinal)
                && key.Length > Prefix.Length + One.Length)
            {
                var noun = key[Prefix.Length..^One.Length];
                if (entries.TryGetValue(Prefix + noun + Other, out var other))
                {
                    counts.Add(noun, new CountTexts(one, other));
                }
            }
        }

        return new TextTable(entries.ToFrozenDictionary(StringComparer.Ordinal), counts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Finds the text of a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The entry, or <see langword="null"/> when no resources have the key.</returns>
    public TextEntry? Find(string key) => _entries.GetValueOrDefault(key);

    /// <summary>Finds the texts <c>count.{noun}.one</c> and <c>count.{noun}.other</c>.</summary>
    /// <param name="noun">The noun.</param>
    /// <returns>The pair, or <see langword="null"/> when either is missing.</returns>
    public CountTexts? FindCount(string noun) => _counts.GetValueOrDefault(noun);

    private static void Read(Dictionary<string, string> texts, ResourceSet? set)
    {
        if (set is null)
        {
            return;
        }

        foreach (DictionaryEntry item in set)
        {
            if (item.Key is string key && item.Value is string text)
            {
                texts[key] = text;
            }
        }
    }
}

/// <summary>The two texts that say how many of something there are.</summary>
/// <param name="One">The text for exactly one.</param>
/// <param name="Other">The text for any other number.</param>
internal sealed record CountTexts(TextEntry One, TextEntry Other);
