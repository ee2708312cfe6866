using System;
using System.Globalization;

namespace InterviewRules.Engine;

/// <summary>Numbers as the engine writes them in texts: the shortest round-trip form, -0 as 0.</summary>
internal static class NumberText
{
    /// <summary>Writes a number in a language's number format.</summary>
    /// <param name="value">The number.</param>
    /// <param name="format">How the language writes numbers; invariant when <see langword="null"/>.</param>
    /// <returns>The text, such as <c>1.5</c> (or <c>1,5</c>).</returns>
    public static string Write(double value, IFormatProvider? format = null) =>
        (value == 0 ? 0 : value).ToString("R", format ?? CultureInfo.InvariantCulture);

    /// <summary>Writes a weight or score as logs and <c>ToString</c> show it, the same in every culture: a plus sign when positive.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text, such as <c>+2</c>, <c>-0.5</c> or <c>0</c>.</returns>
    public static string Signed(double value) => (value > 0 ? "+" : string.Empty) + Write(value, CultureInfo.InvariantCulture);
}
