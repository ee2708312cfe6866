using System.Globalization;
using System.Resources;

namespace InterviewRules.Localization;

/// <summary>
/// The library's texts for people, from <c>Texts.resx</c> (English, neutral) and its satellite translations
/// (<c>Texts.{code}.resx</c>, one per language of <see cref="Languages"/>). Plain string resources: they work under
/// trimming and NativeAOT.
/// </summary>
/// <remarks>
/// Each shipped language's texts are read from the resources once, when first asked for, into its
/// <see cref="TextTable"/>; after that a text costs one lookup without locks, and formats are parsed once.
/// </remarks>
internal static class Texts
{
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
        var language = Languages.Of(culture);
        return Entry(language.Texts, key).WithNumber(n, language);
    }

    /// <summary>Says how many of something: <c>count.{noun}.one</c> for exactly 1, <c>count.{noun}.other</c> otherwise.</summary>
    public static string Count(double n, string noun, CultureInfo? culture)
    {
        var language = Languages.Of(culture);
        var table = language.Texts;
        var entry = table.FindCount(noun) is { } count
            ? n == 1 ? count.One : count.Other
            : Entry(table, n == 1 ? $"count.{noun}.one" : $"count.{noun}.other");
        return entry.WithNumber(n, language);
    }

    /// <summary>Gets a text with its first letter in upper case, for the start of a sentence or heading.</summary>
    public static string Capitalized(string key, CultureInfo? culture) => Entry(key, culture).Capitalized;

    private static TextEntry Entry(string key, CultureInfo? culture) => Entry(Languages.Of(culture).Texts, key);

    private static TextEntry Entry(TextTable table, string key) =>
        table.Find(key) ?? throw new MissingManifestResourceException($"The text \"{key}\" is missing from the library's resources.");
}
