using System;
using System.Collections.Generic;
using InterviewRules.Article;
using InterviewRules.Localization;

namespace InterviewRules;

/// <summary>The interview on offer. Immutable; validated when created.</summary>
public sealed class Opportunity : IEquatable<Opportunity>
{
    /// <summary>Creates an opportunity.</summary>
    /// <param name="interviewer">Who conducts the interview.</param>
    /// <param name="format">How the interview takes place.</param>
    /// <param name="travelHours">Round-trip travel time in hours, 0 to 100. The default value is 0.</param>
    /// <param name="durationHours">Length of the interview in hours, more than 0 and at most 100. The default value is 1.</param>
    /// <param name="industry">The employer's industry, at most 200 characters, or <see langword="null"/> when not known.</param>
    /// <exception cref="InvalidInputException">A value is outside its range; every problem is listed.</exception>
    public Opportunity(InterviewerRole interviewer, InterviewFormat format, double travelHours = 0, double durationHours = 1, string? industry = null)
    {
        var errors = new List<InputError>();
        Facts.InterviewerNames.CheckDefined(errors, Facts.Interviewer.Path, interviewer);
        Facts.FormatNames.CheckDefined(errors, Facts.Format.Path, format);
        Facts.TravelHours.Check(errors, travelHours);
        Facts.DurationHours.Check(errors, durationHours);
        Facts.Industry.Check(errors, industry);
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        Interviewer = interviewer;
        Format = format;
        TravelHours = travelHours == 0 ? 0 : travelHours;
        DurationHours = durationHours;
        Industry = industry;
    }

    /// <summary>Gets who conducts the interview.</summary>
    public InterviewerRole Interviewer { get; }

    /// <summary>Gets how the interview takes place.</summary>
    public InterviewFormat Format { get; }

    /// <summary>Gets the round-trip travel time in hours.</summary>
    public double TravelHours { get; }

    /// <summary>Gets the length of the interview in hours.</summary>
    public double DurationHours { get; }

    /// <summary>Gets the employer's industry, or <see langword="null"/> when not known.</summary>
    public string? Industry { get; }

    /// <inheritdoc />
    public bool Equals(Opportunity? other) =>
        other is not null
        && Interviewer == other.Interviewer
        && Format == other.Format
        && TravelHours.Equals(other.TravelHours)
        && DurationHours.Equals(other.DurationHours)
        && string.Equals(Industry, other.Industry, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Opportunity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Interviewer, Format, TravelHours, DurationHours, Industry);

    /// <inheritdoc />
    public override string ToString() =>
        $"{ContractNames.Of(Format)} interview with {ContractNames.Of(Interviewer)}, {WeightText.Number(TravelHours)} h travel, {WeightText.Number(DurationHours)} h long{(Industry is null ? string.Empty : ", " + Industry)}";
}
