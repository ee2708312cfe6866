using System;
using System.Globalization;

namespace InterviewRules.Localization;

/// <summary>
/// Formats numbers the same way everywhere: the shortest round-trip form, with a decimal point in English and the
/// JSON contract and each language's own decimal separator in its texts (<see cref="Language.NumberFormat"/>);
/// never the machine's number settings.
/// </summary>
/// <remarks>
/// The numbers texts show most (whole and half numbers from -32 to 95.5: weights, years, hours, counts) are written
/// once per language and kept; any other number is written on each call.
/// </remarks>
internal static class WeightText
{
    /// <summary>The number of points on the grid of kept numbers: the halves from <c>-32</c> up.</summary>
    internal const int GridSize = 256;

    private const int GridOffset = 64;

    public static string Number(double value) => NumberFor(value, Languages.Neutral);

    /// <summary>Gets how numbers are written in the language at a position in <see cref="Languages.Shipped"/>.</summary>
    internal static NumberFormatInfo NumberFormat(int language) => Languages.All[language].NumberFormat;

    public static string Signed(double value) => SignedFor(value, Languages.Neutral);

    public static string NumberFor(double value, CultureInfo? culture) => NumberFor(value, Languages.Of(culture));

    public static string SignedFor(double value, CultureInfo? culture) => SignedFor(value, Languages.Of(culture));

    /// <summary>Writes a number for the language at a position in <see cref="Languages.Shipped"/>.</summary>
    internal static string NumberFor(double value, int language) => NumberFor(value, Languages.All[language]);

    /// <summary>Writes a number with a plus sign when it is positive.</summary>
    internal static string SignedFor(double value, int language) => SignedFor(value, Languages.All[language]);

    /// <summary>Writes a number for a language.</summary>
    internal static string NumberFor(double value, Language language) =>
        TryGridIndex(value, out var index) ? language.Numbers[index] ??= Write(value, language, false) : Write(value, language, false);

    /// <summary>Writes a number for a language, with a plus sign when it is positive.</summary>
    internal static string SignedFor(double value, Language language) =>
        value <= 0 || double.IsNaN(value) ? NumberFor(value, language)
        : TryGridIndex(value, out var index) ? language.SignedNumbers[index] ??= Write(value, language, true)
        : Write(value, language, true);

    /// <summary>Tells where a number is on the grid of kept numbers: the whole and half numbers from -32 to 95.5.</summary>
    internal static bool TryGridIndex(double value, out int index)
    {
        var twice = value * 2;
        if (twice >= -GridOffset && twice < GridSize - GridOffset && twice == Math.Floor(twice))
        {
            index = (int)twice + GridOffset;
            return true;
        }

        index = 0;
        return false;
    }

    private static string Write(double value, Language language, bool plus)
    {
        // The shortest round-trip form ("R") in invariant culture, with the language's decimal separator; -0 is written as 0. At most 24 characters.
        Span<char> buffer = stackalloc char[32];
        var start = plus ? 1 : 0;
        buffer[0] = '+';
        var format = language.NumberFormat;
        if (!(value == 0 ? 0 : value).TryFormat(buffer[start..], out var written, "R", format))
        {
            var text = (value == 0 ? 0 : value).ToString("R", format);
            return plus ? "+" + text : text;
        }

        return new string(buffer[..(start + written)]);
    }
}
