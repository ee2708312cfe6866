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

    /// <summary>Gets the shipped languages, as ISO 639-1 codes, English first.</summary>
    public static IReadOnlyList<string> Shipped { get; } = [English, Spanish];

    /// <summary>
    /// Tells which shipped language texts for a culture come in: the culture's language when it ships
    /// (<c>es-MX</c> and <c>es</c> give <c>es</c>), English otherwise (<see langword="null"/>, the invariant
    /// culture, <c>en-GB</c>, and any language that does not ship, such as <c>fr</c>).
    /// </summary>
    /// <param name="culture">The culture, or <see langword="null"/> for English.</param>
    /// <returns>One of <see cref="Shipped"/>.</returns>
    public static string Resolve(CultureInfo? culture) => Shipped[IndexOf(culture)];

    /// <summary>Gives the position in <see cref="Shipped"/> of the language texts for a culture come in; 0, English, when its language does not ship.</summary>
    internal static int IndexOf(CultureInfo? culture) => Find(culture?.Name ?? string.Empty) is var index and >= 0 ? index : 0;

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
        var language = dash < 0 ? cultureName : cultureName[..dash];
        for (var i = 0; i < Shipped.Count; i++)
        {
            if (string.Equals(language, Shipped[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
