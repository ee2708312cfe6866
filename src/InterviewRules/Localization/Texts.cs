using System;
using System.Globalization;
using System.Resources;
using System.Threading;

namespace InterviewRules.Localization;

/// <summary>
/// The library's texts for people, from <c>Texts.resx</c> (English, neutral) and its satellite translations
/// (<c>Texts.es.resx</c>). Plain string resources: they work under trimming and NativeAOT.
/// </summary>
/// <remarks>
/// Each shipped language's texts are read from the resources once, when first asked for, into a
/// <see cref="TextTable"/>; after that a text costs one lookup without locks, and formats are parsed once.
/// </remarks>
internal static class Texts
{
    private static readonly TextTable?[] Tables = new TextTable?[Languages.Shipped.Count];

    /// <summary>Gets the resources; tests read every key from it.</summary>
    public static ResourceManager Resources { get; } = new("InterviewRules.Localization.Texts", typeof(Texts).Assembly);

    /// <summary>Gets one text in the culture's shipped language, English for anything missing.</summary>
    public static string Get(string key, CultureInfo? culture) => Entry(key, culture).Text;

    /// <summary>Gets one text and fills its placeholders.</summary>
    public static string Format(string key, CultureInfo? culture, params object?[] args) =>
        Entry(key, culture).Format(args);

    /// <summary>Gets one text and fills its placeholder <c>{0}</c>.</summary>
    public static string Format(string key, CultureInfo? culture, string? arg0) =>
        Entry(key, culture).Format(arg0);

    /// <summary>Gets one text and fills its placeholders <c>{0}</c> and <c>{1}</c>.</summary>
    public static string Format(string key, CultureInfo? culture, string? arg0, string? arg1) =>
        Entry(key, culture).Format(arg0, arg1);

    /// <summary>Gets one text and fills its placeholders <c>{0}</c>, <c>{1}</c> and <c>{2}</c>.</summary>
    public static string Format(string key, CultureInfo? culture, string? arg0, string? arg1, string? arg2) =>
        Entry(key, culture).Format(arg0, arg1, arg2);

    /// <summary>Gets one text and fills its placeholder <c>{0}</c> with a number written for the culture's language.</summary>
    public static string FormatNumber(string key, double n, CultureInfo? culture)
    {
        var table = Table(culture);
        return Entry(table, key).WithNumber(n, table.Language);
    }

    /// <summary>Says how many of something: <c>count.{noun}.one</c> for exactly 1, <c>count.{noun}.other</c> otherwise.</summary>
    public static string Count(double n, string noun, CultureInfo? culture)
    {
        var table = Table(culture);
        var entry = table.FindCount(noun) is { } count
            ? n == 1 ? count.One : count.Other
            : Entry(table, n == 1 ? $"count.{noun}.one" : $"count.{noun}.other");
        return entry.WithNumber(n, table.Language);
    }

    /// <summary>Gets a text with its first letter in upper case, for the start of a sentence or heading.</summary>
    public static string Capitalized(string key, CultureInfo? culture) => Entry(key, culture).Capitalized;

    private static TextEntry Entry(string key, CultureInfo? culture) => Entry(Table(culture), key);

    private static TextEntry Entry(TextTable table, string key) =>
        table.Find(key) ?? throw new MissingManifestResourceException($"The text \"{key}\" is missing from the library's resources.");

    private static TextTable Table(CultureInfo? culture)
    {
        var language = Languages.IndexOf(culture);
        return Volatile.Read(ref Tables[language]) ?? Load(language, culture);
    }

    private static TextTable Load(int language, CultureInfo? culture)
    {
        // Two threads may both read the resources; the tables are equal and the first one stored is kept.
        var table = TextTable.Load(Resources, language, ResourceCulture(language, culture));
        return Interlocked.CompareExchange(ref Tables[language], table, null) ?? table;
    }

    // English texts are the neutral resources; asking for InvariantCulture keeps the lookup away from satellite
    // probing and from the thread's culture. Spanish resolves to the neutral "es" culture for every region.
    private static CultureInfo ResourceCulture(int language, CultureInfo? culture)
    {
        if (language != Languages.SpanishIndex)
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(Languages.Spanish);
        }
        catch (CultureNotFoundException)
        {
            // Globalization-invariant apps with predefined cultures only: use the culture the caller could create.
            return culture!;
        }
    }
}
