using System;
using System.Globalization;
using System.Resources;

namespace InterviewRules.Localization;

/// <summary>
/// The library's texts for people, from <c>Texts.resx</c> (English, neutral) and its satellite translations
/// (<c>Texts.es.resx</c>). Plain string resources: they work under trimming and NativeAOT.
/// </summary>
internal static class Texts
{
    private static CultureInfo? _spanish;

    /// <summary>Gets the resources; tests read every key from it.</summary>
    public static ResourceManager Resources { get; } = new("InterviewRules.Localization.Texts", typeof(Texts).Assembly);

    /// <summary>Gets one text in the culture's shipped language, English for anything missing.</summary>
    public static string Get(string key, CultureInfo? culture) =>
        Resources.GetString(key, ResourceCulture(culture))
        ?? throw new MissingManifestResourceException($"The text \"{key}\" is missing from the library's resources.");

    /// <summary>Gets one text and fills its placeholders.</summary>
    public static string Format(string key, CultureInfo? culture, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, culture), args);

    /// <summary>Says how many of something: <c>count.{noun}.one</c> for exactly 1, <c>count.{noun}.other</c> otherwise.</summary>
    public static string Count(double n, string noun, CultureInfo? culture) =>
        Format(n == 1 ? $"count.{noun}.one" : $"count.{noun}.other", culture, WeightText.NumberFor(n, culture));

    /// <summary>Gets a text with its first letter in upper case, for the start of a sentence or heading.</summary>
    public static string Capitalized(string key, CultureInfo? culture)
    {
        var text = Get(key, culture);
        return text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
    }

    // English texts are the neutral resources; asking for InvariantCulture keeps the lookup away from satellite
    // probing and from the thread's culture. Spanish resolves to the neutral "es" culture for every region.
    private static CultureInfo ResourceCulture(CultureInfo? culture)
    {
        if (Languages.Resolve(culture) != Languages.Spanish)
        {
            return CultureInfo.InvariantCulture;
        }

        if (_spanish is null)
        {
            try
            {
                _spanish = CultureInfo.GetCultureInfo(Languages.Spanish);
            }
            catch (CultureNotFoundException)
            {
                // Globalization-invariant apps with predefined cultures only: use the culture the caller could create.
                return culture!;
            }
        }

        return _spanish;
    }
}
