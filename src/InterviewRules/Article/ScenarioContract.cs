using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// The checks of numbers against their limits, with the contract's sentences. The scenario's facts carry their limits
/// (<see cref="Article.Facts"/>); policies use the same checks for their numbers. The object API's constructors and the
/// JSON readers both check values here, so a bad value gets the same sentence whichever way it came in.
/// </summary>
internal static class ScenarioContract
{
    public static void CheckNumber(List<InputError> errors, NumberSpec spec, double value, string? field = null)
    {
        field ??= spec.Field;
        var ok = double.IsFinite(value)
            && (spec.MinExclusive ? value > spec.Min : value >= spec.Min)
            && value <= spec.Max
            && (!spec.Integer || Math.Floor(value) == value);
        if (!ok)
        {
            errors.Add(new InputError(InputError.PathOf(field), $"{field} is {Format(value)}; it must be {spec.Allowed}."));
        }
    }

    public static string Format(double value) => double.IsFinite(value) ? WeightText.Number(value) : value.ToString(CultureInfo.InvariantCulture);

    internal sealed record NumberSpec(string Field, double Min, double Max, bool MinExclusive, bool Integer)
    {
        public string Allowed =>
            (Integer ? "a whole number " : string.Empty)
            + (MinExclusive ? $"more than {WeightText.Number(Min)} and at most {WeightText.Number(Max)}" : $"between {WeightText.Number(Min)} and {WeightText.Number(Max)}");
    }
}
