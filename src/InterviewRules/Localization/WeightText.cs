using System;
using System.Globalization;
using InterviewRules.Localization;

namespace InterviewRules.Localization;

/// <summary>
/// Formats numbers the same way everywhere: the shortest round-trip form, with a decimal point in English and the
/// JSON contract and a decimal comma in Spanish; never the machine's number settings.
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

    // [language][grid index], and the same with a plus sign for positive numbers; filled on first use.
    private static readonly string?[][] Numbers = NewGrids();
    private static readonly string?[][] SignedNumbers = NewGrids();
    private static readonly NumberFormatInfo SpanishNumbers = NumberFormatInfo.ReadOnly(new NumberFormatInfo { NumberDecimalSeparator = "," });

    public static string Number(double value) => NumberFor(value, 0);

    /// <summary>Gets how numbers are written in the language at a position in <see cref="Languages.Shipped"/>: invariant, with a decimal comma in Spanish.</summary>
    internal static NumberFormatInfo NumberFormat(int language) => language == Languages.SpanishIndex ? SpanishNumbers : NumberFormatInfo.InvariantInfo;

    public static string Signed(double value) => SignedFor(value, 0);

    public static string NumberFor(double value, CultureInfo? culture) => NumberFor(value, Languages.IndexOf(culture));

    public static string SignedFor(double value, CultureInfo? culture) => SignedFor(value, Languages.IndexOf(culture));

    /// <summary>Writes a number for the language at a position in <see cref="Languages.Shipped"/>.</summary>
    internal static string NumberFor(double value, int language) =>
        TryGridIndex(value, out var index) ? Numbers[language][index] ??= Write(value, language, false) : Write(value, language, false);

    /// <summary>Writes a number with a plus sign when it is positive.</summary>
    internal static string SignedFor(double value, int language) =>
        value <= 0 || double.IsNaN(value) ? NumberFor(value, language)
        : TryGridIndex(value, out var index) ? SignedNumbers[language][index] ??= Write(value, language, true)
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

    private static string Write(double value, int language, bool plus)
    {
        // The shortest round-trip form ("R") in invariant culture, with a decimal comma in Spanish; -0 is written as 0. At most 24 characters.
        Span<char> buffer = stackalloc char[32];
        var start = plus ? 1 : 0;
        buffer[0] = '+';
        var format = NumberFormat(language);
        if (!(value == 0 ? 0 : value).TryFormat(buffer[start..], out var written, "R", format))
        {
            var text = (value == 0 ? 0 : value).ToString("R", format);
            return plus ? "+" + text : text;
        }

        return new string(buffer[..(start + written)]);
    }

    private static string?[][] NewGrids()
    {
        var grids = new string?[Languages.Shipped.Count][];
        for (var i = 0; i < grids.Length; i++)
        {
            grids[i] = new string?[GridSize];
        }

        return grids;
    }
}
