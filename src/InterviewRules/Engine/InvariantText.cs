using System.Globalization;

namespace InterviewRules.Engine;

/// <summary>Numbers as logs and <c>ToString</c> write them, the same in every culture.</summary>
internal static class InvariantText
{
    /// <summary>Writes a weight or score: the shortest round-trip form in invariant culture, a plus sign when positive, -0 as 0.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text, such as <c>+2</c>, <c>-0.5</c> or <c>0</c>.</returns>
    public static string Signed(double value) =>
        (value > 0 ? "+" : string.Empty) + (value == 0 ? 0 : value).ToString("R", CultureInfo.InvariantCulture);
}
