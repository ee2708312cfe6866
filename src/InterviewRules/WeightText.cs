using System.Globalization;
using InterviewRules.Localization;

namespace InterviewRules;

/// <summary>
/// Formats numbers the same way everywhere: the shortest round-trip form, with a decimal point in English and the
/// JSON contract and a decimal comma in Spanish; never the machine's number settings.
/// </summary>
internal static class WeightText
{
    public static string Number(double value) => (value == 0 ? 0 : value).ToString("R", CultureInfo.InvariantCulture);

    public static string Signed(double value) => value > 0 ? "+" + Number(value) : Number(value);

    public static string NumberFor(double value, CultureInfo? culture) =>
        Languages.Resolve(culture) == Languages.Spanish ? Number(value).Replace('.', ',') : Number(value);

    public static string SignedFor(double value, CultureInfo? culture) => value > 0 ? "+" + NumberFor(value, culture) : NumberFor(value, culture);
}
