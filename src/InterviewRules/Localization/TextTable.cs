using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Resources;

namespace InterviewRules.Localization;

/// <summary>
/// One shipped language's texts, read from the resources once: every key of the neutral resources and of the
/// language's own, each with the text <see cref="ResourceManager.GetString(string, CultureInfo)"/> gives for it: the
/// language's own text, else the English one (the per-key fallback stays). Looking a text up is then one lookup in a
/// <see cref="KeyTable{T}"/>, with no locks.
/// </summary>
internal sealed class TextTable
{
    private readonly KeyTable<TextEntry> _entries;
    private readonly KeyTable<CountTexts> _counts;

    private TextTable(int language, KeyTable<TextEntry> entries, KeyTable<CountTexts> counts)
    {
        Language = language;
        _entries = entries;
        _counts = counts;
    }

    /// <summary>Gets the position of the table's language in <see cref="Languages.Shipped"/>.</summary>
    public int Language { get; }

    /// <summary>Reads a language's texts.</summary>
    /// <param name="resources">The library's resources.</param>
    /// <param name="language">The position of the language in <see cref="Languages.Shipped"/>.</param>
    /// <param name="culture">The culture to ask the resources for: the invariant culture for English.</param>
    public static TextTable Load(ResourceManager resources, int language, CultureInfo culture)
    {
        // What ResourceManager.GetString gives, key by key: the language's own text, else the neutral (English) one.
        // Each set is read once, in order; the culture's set (its language's, found through its parents) overrides.
        var texts = new Dictionary<string, string>(128, System.StringComparer.Ordinal);
        Read(texts, resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        if (!culture.Equals(CultureInfo.InvariantCulture))
        {
            Read(texts, resources.GetResourceSet(culture, createIfNotExists: true, tryParents: true));
        }

        var entries = new Dictionary<string, TextEntry>(texts.Count, System.StringComparer.Ordinal);
        foreach (var (key, text) in texts)
        {
            // Interned, the table's key is the very string of a literal key in the code (RuleId + ".title" is one
            // too): looking it up then compares references, not characters.
            entries.Add(string.Intern(key), new TextEntry(text));
        }

        // count.{noun}.one and count.{noun}.other, by noun, so that counting needs no key built.
        var counts = new Dictionary<string, CountTexts>(System.StringComparer.Ordinal);
        foreach (var (key, one) in entries)
        {
            const string Prefix = "count.", One = ".one", Other = ".other";
            if (key.StartsWith(Prefix, System.StringComparison.Ordinal) && key.EndsWith(One, System.StringComparison.Ordinal)
                && key.Length > Prefix.Length + One.Length)
            {
                var noun = string.Intern(key[Prefix.Length..^One.Length]);
                if (entries.TryGetValue(Prefix + noun + Other, out var other))
                {
                    counts.Add(noun, new CountTexts(one, other));
                }
            }
        }

        return new TextTable(language, new KeyTable<TextEntry>(entries), new KeyTable<CountTexts>(counts));
    }

    /// <summary>Finds the text of a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The entry, or <see langword="null"/> when no resources have the key.</returns>
    public TextEntry? Find(string key) => _entries.Find(key);

    /// <summary>Finds the texts <c>count.{noun}.one</c> and <c>count.{noun}.other</c>.</summary>
    /// <param name="noun">The noun.</param>
    /// <returns>The pair, or <see langword="null"/> when either is missing.</returns>
    public CountTexts? FindCount(string noun) => _counts.Find(noun);

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
