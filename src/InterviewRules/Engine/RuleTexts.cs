using System;

namespace InterviewRules.Engine;

/// <summary>A rule's texts for people in one language: what <see cref="RuleDescriptor.GetTexts"/> returns.</summary>
/// <param name="Title">A short title.</param>
/// <param name="Source">The citation the rule rests on.</param>
/// <param name="WeightSummary">How the rule weighs its finding.</param>
/// <param name="NumberFormat">How numbers are written in the language of these texts; invariant when <see langword="null"/> (fixed texts, which stay as written in every language).</param>
internal sealed record RuleTexts(string Title, string Source, string WeightSummary, IFormatProvider? NumberFormat = null);
