using System.Globalization;

namespace InterviewRules;

/// <summary>Formats numbers the same way everywhere: invariant culture, shortest round-trip form.</summary>
internal static class WeightText
{
    public static string Number(double value) => (value == 0 ? 0 : value).ToString("R", CultureInfo.InvariantCulture);

    public static string Signed(double value) => value > 0 ? "+" + Number(value) : Number(value);
}
