using System;
using System.Collections.Generic;
using System.Globalization;

namespace InterviewRules.Localization;

/// <summary>
/// The languages the library's own texts ship in (titles, citations, explanations, advice, renderer headings,
/// counterfactuals), and how a <see cref="CultureInfo"/> maps to one. Texts are English unless a culture is asked
/// for explicitly: the machine's or thread's culture never changes them.
/// </summary>
public static class Languages
{
    /// <summary>English, the neutral language: every text exists in it, and it is the fallback for everything else.</summary>
    public const string English = "en";

    /// <summary>Spanish.</summary>
    public const string Spanish = "es";

    /// <summary>The position of <see cref="English"/> in <see cref="Shipped"/>.</summary>
    internal const int EnglishIndex = 0;

    /// <summary>The position of <see cref="Spanish"/> in <see cref="Shipped"/>.</summary>
    internal const int SpanishIndex = 1;

    /// <summary>Gets the shipped languages, as ISO 639-1 codes, English first.</summary>
    public static IReadOnlyList<string> Shipped { get; } = [English, Spanish];

    // The same codes in the same order, for the lookup of a culture's language without interface calls.
    private static readonly string[] Codes = [English, Spanish];

    private static CultureLanguage? _last;

    /// <summary>
    /// Tells which shipped language texts for a culture come in: the culture's language when it ships
    /// (<c>es-MX</c> and <c>es</c> give <c>es</c>), English otherwise (<see langword="null"/>, the invariant
    /// culture, <c>en-GB</c>, and any language that does not ship, such as <c>fr</c>).
    /// </summary>
    /// <param name="culture">The culture, or <see langword="null"/> for English.</param>
    /// <returns>One of <see cref="Shipped"/>.</returns>
    public static string Resolve(CultureInfo? culture) => Shipped[IndexOf(culture)];

    /// <summary>Gives the position in <see cref="Shipped"/> of the language texts for a culture come in; 0, English, when its language does not ship.</summary>
    internal static int IndexOf(CultureInfo? culture)
    {
        if (culture is null || ReferenceEquals(culture, CultureInfo.InvariantCulture))
        {
            return EnglishIndex;
        }

        // Callers ask for the same culture again and again: the last answer is kept, culture and language in one object.
        if (_last is { } last && ReferenceEquals(last.Culture, culture))
        {
            return last.Index;
        }

        var index = Find(culture.Name) is var found and >= 0 ? found : EnglishIndex;
        _last = new CultureLanguage(culture, index);
        return index;
    }

    /// <summary>Tells whether the library has its own texts for a culture's language, rather than falling back to English.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns><see langword="true"/> for the invariant culture and for English, Spanish and their regional cultures.</returns>
    public static bool HasTexts(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.Name.Length == 0 || Find(culture.Name) >= 0;
    }

    private static int Find(string cultureName)
    {
        var dash = cultureName.IndexOf('-', StringComparison.Ordinal);
        var language = dash < 0 ? cultureName.AsSpan() : cultureName.AsSpan(0, dash);
        for (var i = 0; i < Codes.Length; i++)
        {
            if (language.Equals(Codes[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record CultureLanguage(CultureInfo Culture, int Index);
}
