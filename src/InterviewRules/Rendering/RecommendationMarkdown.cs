using System.Collections.Generic;
using System.Globalization;
using System.Text;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Rendering;

/// <summary>Markdown for a chat bubble or a job-board card: a headline, a bullet per finding with its section, the advice, what would change it.</summary>
internal sealed class RecommendationMarkdown : SectionedText
{
    public static RecommendationMarkdown Instance { get; } = new();

    protected override void Headline(StringBuilder text, Recommendation recommendation, CultureInfo? culture)
    {
        text.Append("**").Append(Texts.Get(recommendation.Decision == Verdict.Accept ? "headline.accept" : "headline.decline", culture)).Append(".** ")
            .Append(Texts.Capitalized("score", culture)).Append(' ').Append(WeightText.SignedFor(recommendation.Score, culture));
        if (recommendation.IsVetoed)
        {
            text.Append(", ").Append(Texts.Get("vetoed", culture));
        }

        text.Append(" (").Append(Texts.Get("policy", culture)).Append(" `").Append(recommendation.Policy.Name).Append("` ").Append(recommendation.Policy.Version).Append(").\n");
    }

    protected override void Heading(StringBuilder text, string heading) => text.Append("\n### ").Append(heading).Append("\n\n");

    protected override void Finding(StringBuilder text, Finding finding, RuleTexts texts, string weight, string explanation) =>
        text.Append("- **").Append(Escape(texts.Title)).Append("** (").Append(weight)
            .Append(", _").Append(Escape(texts.Source)).Append("_): ").Append(Escape(explanation)).Append('\n');

    protected override void Failures(StringBuilder text, IReadOnlyList<RuleFailure> failures, string label, string sentence)
    {
        text.Append("\n> **").Append(label).Append(":** ").Append(sentence).Append(": ");
        for (var i = 0; i < failures.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append('`').Append(failures[i].RuleId).Append('`');
        }

        text.Append(".\n");
    }

    // Texts are ours, but a policy's custom texts are not: keep them from turning into Markdown markup.
    protected override string Escape(string text) =>
        text.Replace("\\", "\\\\", System.StringComparison.Ordinal)
            .Replace("*", "\\*", System.StringComparison.Ordinal)
            .Replace("_", "\\_", System.StringComparison.Ordinal)
            .Replace("`", "\\`", System.StringComparison.Ordinal)
            .Replace("[", "\\[", System.StringComparison.Ordinal)
            .Replace("<", "&lt;", System.StringComparison.Ordinal);
}
