using System;
using System.Collections.Generic;
using System.Globalization;

namespace InterviewRules;

/// <summary>
/// The limits of design.md's input table, in one place. The object API's constructors and the JSON reader both
/// check values here, so a bad value gets the same sentence whichever way it came in.
/// </summary>
internal static class ScenarioContract
{
    public static readonly NumberSpec YearsOfExperience = new("candidate.yearsOfExperience", 0, 70, MinExclusive: false, Integer: false);
    public static readonly NumberSpec InterviewsInLastYear = new("candidate.interviewsInLastYear", 0, 1000, MinExclusive: false, Integer: true);
    public static readonly NumberSpec OtherOpportunities = new("candidate.otherOpportunities", 0, 1000, MinExclusive: false, Integer: true);
    public static readonly NumberSpec TravelHours = new("opportunity.travelHours", 0, 100, MinExclusive: false, Integer: false);
    public static readonly NumberSpec DurationHours = new("opportunity.durationHours", 0, 100, MinExclusive: true, Integer: false);
    public const int IndustryMaxLength = 200;

    public static void CheckNumber(List<InputError> errors, NumberSpec spec, double value, string? field = null)
    {
        field ??= spec.Field;
        var ok = double.IsFinite(value)
            && (spec.MinExclusive ? value > spec.Min : value >= spec.Min)
            && value <= spec.Max
            && (!spec.Integer || Math.Floor(value) == value);
        if (!ok)
        {
            errors.Add(new InputError(Json.JsonObjectReader.Path(field), $"{field} is {Format(value)}; it must be {spec.Allowed}."));
        }
    }

    public static void CheckIndustry(List<InputError> errors, string? industry, string field = "opportunity.industry")
    {
        if (industry is not null && (industry.Length > IndustryMaxLength || string.IsNullOrWhiteSpace(industry)))
        {
            var shown = industry.Length > 40 ? $"a text of {industry.Length} characters" : $"\"{industry}\"";
            errors.Add(new InputError(Json.JsonObjectReader.Path(field), $"{field} is {shown}; it must be a non-blank text of at most {IndustryMaxLength} characters, or be left out."));
        }
    }

    public static void CheckDefined<TEnum>(List<InputError> errors, string field, TEnum value, IReadOnlyList<string> names)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(new InputError("$." + field, $"{field} is {Convert.ToInt64(value, CultureInfo.InvariantCulture)}, which is not a defined {typeof(TEnum).Name}; it must be one of {string.Join(", ", names)}."));
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
