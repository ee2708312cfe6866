using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;

namespace InterviewRules.Localization;

/// <summary>
/// The languages the library's own texts ship in (titles, citations, explanations, advice, renderer headings,
/// counterfactuals), how a <see cref="CultureInfo"/> maps to one, and how a language tag given at a front door
/// (the program's <c>--culture</c>, a tool's <c>language</c>, a query parameter) resolves to one. Texts are English
/// unless a culture is asked for explicitly: the machine's or thread's culture never changes them.
/// </summary>
public static class Languages
{
    /// <summary>English, the neutral language: every text exists in it, and it is the fallback for everything else.</summary>
    public const string English = "en";

    /// <summary>Spanish.</summary>
    public const string Spanish = "es";

    /// <summary>The position of <see cref="English"/> in <see cref="Shipped"/>.</summary>
    internal const int EnglishIndex = 0;

    private const int MaxEchoedLength = 40;

    private static readonly object Gate = new();
    private static Language[] _all = [];
    private static IReadOnlyList<string> _codes = [];
    private static volatile bool _frozen;
    private static CultureLanguage? _last;

    static Languages()
    {
        // The shipped languages, the neutral one first. A new language is one line here and its Texts.{code}.resx.
        Register(new Language(English, "English", decimalSeparator: "."));
        Register(new Language(Spanish, "Spanish", decimalSeparator: ","));
    }

    /// <summary>Gets the shipped languages, as ISO 639-1 codes, English first.</summary>
    public static IReadOnlyList<string> Shipped
    {
        get
        {
            Freeze();
            return _codes;
        }
    }

    /// <summary>Gets the shipped languages, in the order of <see cref="Shipped"/>.</summary>
    internal static IReadOnlyList<Language> All
    {
        get
        {
            Freeze();
            return _all;
        }
    }

    /// <summary>Gets the neutral language, English.</summary>
    internal static Language Neutral => _all[EnglishIndex];

    /// <summary>
    /// Adds a language to <see cref="Shipped"/>: the one registration point, which the list above goes through.
    /// Languages are registered before the list is first read: what is kept per language (texts, numbers, the
    /// tools' schemas) is kept by position, so the list never changes once it has been read.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <exception cref="InvalidOperationException">The list was read already, or has a language with the code.</exception>
    internal static void Register(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        lock (Gate)
        {
            if (_frozen)
            {
                throw new InvalidOperationException(
                    $"The language \"{language.Code}\" cannot be registered: the list of languages was read already, and it never changes once read. Register every language before the first text is written.");
            }

            if (Array.Exists(_all, l => string.Equals(l.Code, language.Code, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidOperationException($"The language \"{language.Code}\" is registered already; the languages are {string.Join(", ", _codes)}.");
            }

            language.Index = _all.Length;
            _all = [.. _all, language];
            _codes = Array.AsReadOnly(Array.ConvertAll(_all, l => l.Code));
        }
    }

    /// <summary>
    /// Tells which shipped language texts for a culture come in: the culture's language when it ships
    /// (<c>es-MX</c> and <c>es</c> give <c>es</c>), English otherwise (<see langword="null"/>, the invariant
    /// culture, <c>en-GB</c>, and any language that does not ship, such as <c>fr</c>).
    /// </summary>
    /// <param name="culture">The culture, or <see langword="null"/> for English.</param>
    /// <returns>One of <see cref="Shipped"/>.</returns>
    public static string Resolve(CultureInfo? culture) => Of(culture).Code;

    /// <summary>
    /// Resolves a language tag that a person or a program gave (<c>es</c>, <c>es-MX</c>, <c>EN</c>, <c>en-GB</c>) to
    /// the culture of its shipped language, the same way at every front door: the program's <c>--culture</c>, the
    /// tools' <c>language</c> argument, the job board's <c>?language=</c>. A tag whose language does not ship
    /// (<c>fr</c>), a name that is not a culture, and an empty tag are refused with a sentence that names the tag
    /// and the shipped languages.
    /// </summary>
    /// <param name="tag">The tag, as given.</param>
    /// <param name="culture">The neutral culture of the tag's language (<c>es</c> for <c>es-MX</c>), when it ships.</param>
    /// <param name="problem">The sentence that says why the tag is refused, when it is.</param>
    /// <returns><see langword="true"/> when the tag's language ships.</returns>
    public static bool TryResolve(string tag, [NotNullWhen(true)] out CultureInfo? culture, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(tag);
        culture = null;
        var echoed = Echo(tag);
        var allowed = $"texts ship in {string.Join(", ", Shipped)}, so it must be one of those or a regional tag of one, such as {English}-GB";
        if (string.IsNullOrWhiteSpace(tag))
        {
            problem = $"{echoed} is empty; {allowed}.";
            return false;
        }

        if (IsWellFormed(tag) && Find(tag) is { } language)
        {
            culture = language.Culture;
            problem = culture is null
                ? $"{echoed} is in {language.EnglishName}, but this process cannot create the {language.Code} culture (invariant globalization with predefined cultures only); set PredefinedCulturesOnly to false."
                : null;
            return culture is not null;
        }

        problem = IsKnownCulture(tag)
            ? $"{echoed} is in a language no texts ship in; {allowed}."
            : $"{echoed} is not a culture name this machine knows; {allowed}.";
        return false;
    }

    /// <summary>Tells whether the library has its own texts for a culture's language, rather than falling back to English.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns><see langword="true"/> for the invariant culture and for the shipped languages and their regional cultures.</returns>
    public static bool HasTexts(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.Name.Length == 0 || Find(culture.Name) is not null;
    }

    /// <summary>Gives the position in <see cref="Shipped"/> of the language texts for a culture come in; 0, English, when its language does not ship.</summary>
    internal static int IndexOf(CultureInfo? culture) => Of(culture).Index;

    /// <summary>Gives the language texts for a culture come in: the neutral language when the culture's does not ship.</summary>
    internal static Language Of(CultureInfo? culture)
    {
        if (culture is null || ReferenceEquals(culture, CultureInfo.InvariantCulture))
        {
            return Neutral;
        }

        // Callers ask for the same culture again and again: the last answer is kept, culture and language in one object.
        if (_last is { } last && ReferenceEquals(last.Culture, culture))
        {
            return last.Language;
        }

        var language = Find(culture.Name) ?? Neutral;
        _last = new CultureLanguage(culture, language);
        return language;
    }

    private static Language? Find(string cultureName)
    {
        var end = cultureName.AsSpan().IndexOfAny('-', '_');
        var subtag = end < 0 ? cultureName.AsSpan() : cultureName.AsSpan(0, end);
        foreach (var language in All)
        {
            if (subtag.Equals(language.Code, StringComparison.OrdinalIgnoreCase))
            {
                return language;
            }
        }

        return null;
    }

    // Subtags of letters and digits, one to eight long, joined by '-' (or '_', as some systems write them).
    private static bool IsWellFormed(string tag) =>
        tag.Split('-', '_').All(subtag => subtag.Length is >= 1 and <= 8 && subtag.All(char.IsAsciiLetterOrDigit));

    private static bool IsKnownCulture(string tag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(tag, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static string Echo(string tag) =>
        tag.Length <= MaxEchoedLength
            ? $"\"{tag}\""
            : $"\"{tag.AsSpan(0, char.IsHighSurrogate(tag[MaxEchoedLength - 1]) ? MaxEchoedLength - 1 : MaxEchoedLength)}…\"";

    private static void Freeze()
    {
        if (!_frozen)
        {
            lock (Gate)
            {
                _frozen = true;
            }
        }
    }

    private sealed record CultureLanguage(CultureInfo Culture, Language Language);
}
