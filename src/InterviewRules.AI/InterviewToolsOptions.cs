using System.Globalization;

namespace InterviewRules;

/// <summary>Options of the tools <see cref="InterviewTools.Create"/> makes. Read once, when the tools are created.</summary>
public sealed class InterviewToolsOptions
{
    /// <summary>
    /// Gets or sets the language of the texts for people (titles, explanations, advice, Markdown) when a call names
    /// no <c>language</c>: a culture whose language ships (one of <see cref="Localization.Languages.Shipped"/>, or a
    /// regional culture of one); any other language falls back to English.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: English.</value>
    public CultureInfo? Culture { get; set; }
}
