using System.Collections.Generic;
using System.Globalization;
using System.Text;
using InterviewRules.Explanations;
using InterviewRules.Localization;

namespace InterviewRules.Rendering;

/// <summary>Markdown for a chat bubble or a job-board card: a headline, a bullet per finding with its section, the advice, what would change it.</summary>
internal static class RecommendationMarkdown
{
    public static string Render(Recommendation recommendation, IReadOnlyList<Counterfactual>? counterfactuals, CultureInfo? culture)
    {
        var text = new StringBuilder();
        text.Append("**").Append(Texts.Get(recommendation.Decision == Verdict.Accept ? "headline.accept" : "headline.decline", culture)).Append(".** ")
            .Append(Texts.Capitalized("score", culture)).Append(' ').Append(WeightText.SignedFor(recommendation.Score, culture));
        if (recommendation.IsVetoed)
        {
            text.Append(", ").Append(Texts.Get("vetoed", culture));
        }

        text.Append(" (").Append(Texts.Get("policy", culture)).Append(" `").Append(recommendation.Policy.Name).Append("` ").Append(recommendation.Policy.Version).Append(").\n");
        if (recommendation.Findings.Count > 0)
        {
            text.Append("\n### ").Append(Texts.Get("section.why", culture)).Append("\n\n");
            foreach (var finding in recommendation.Findings)
            {
                var texts = finding.Rule.GetTexts(culture);
                text.Append("- **").Append(Escape(texts.Title)).Append("** (")
                    .Append(finding.Veto ? Texts.Get("veto", culture) : WeightText.SignedFor(finding.Weight, culture))
                    .Append(", _").Append(Escape(texts.Source)).Append("_): ")
                    .Append(Escape(finding.GetExplanation(culture))).Append('\n');
            }
        }

        if (!recommendation.IsComplete)
        {
            text.Append("\n> **").Append(Texts.Get("incomplete.label", culture)).Append(":** ").Append(Texts.Get("incomplete.text", culture)).Append(": ");
            var first = true;
            foreach (var failure in recommendation.Failures)
            {
                text.Append(first ? string.Empty : ", ").Append('`').Append(failure.RuleId).Append('`');
                first = false;
            }

            text.Append(".\n");
        }

        var advice = recommendation.GetAdvice(culture);
        if (advice.Count > 0)
        {
            text.Append("\n### ").Append(Texts.Get("section.advice", culture)).Append("\n\n");
            foreach (var item in advice)
            {
                text.Append("- ").Append(Escape(item)).Append('\n');
            }
        }

        if (counterfactuals is not null)
        {
            text.Append("\n### ").Append(Texts.Get("section.changes", culture)).Append("\n\n");
            if (counterfactuals.Count == 0)
            {
                text.Append("- ").Append(Counterfactuals.GetNoneText(culture)).Append('\n');
            }

            foreach (var counterfactual in counterfactuals)
            {
                text.Append("- ").Append(Escape(counterfactual.Describe(culture))).Append('\n');
            }
        }

        return text.ToString();
    }

    // Texts are ours, but a policy's custom texts are not: keep them from turning into Markdown markup.
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", System.StringComparison.Ordinal)
            .Replace("*", "\\*", System.StringComparison.Ordinal)
            .Replace("_", "\\_", System.StringComparison.Ordinal)
            .Replace("`", "\\`", System.StringComparison.Ordinal)
            .Replace("[", "\\[", System.StringComparison.Ordinal)
            .Replace("<", "&lt;", System.StringComparison.Ordinal);
}
