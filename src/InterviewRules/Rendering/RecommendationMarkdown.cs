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

        text.Append(" (").Append(Texts.Get("policy", culture)).Append(' ').Append(CodeSpan(recommendation.Policy.Name)).Append(' ').Append(Escape(recommendation.Policy.Version)).Append(").\n");
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

    /// <summary>
    /// A policy's name as code: fenced by more backticks than any run inside it (CommonMark), on one line, so no name
    /// can close the span and go on as links or markup.
    /// </summary>
    internal static string CodeSpan(string text)
    {
        var flat = text.Replace('\r', ' ').Replace('\n', ' ');
        int longest = 0, run = 0;
        foreach (var c in flat)
        {
            run = c == '`' ? run + 1 : 0;
            longest = System.Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = longest > 0 ? " " : string.Empty;
        return fence + pad + flat + pad + fence;
    }

    // Texts are ours, but a policy's custom texts are not: keep them from turning into Markdown markup, and on one
    // line, where no heading, quote, list or rule can start.
    protected override string Escape(string text) =>
        text.Replace("\r\n", " ", System.StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ')
            .Replace("\\", "\\\\", System.StringComparison.Ordinal)
            .Replace("*", "\\*", System.StringComparison.Ordinal)
            .Replace("_", "\\_", System.StringComparison.Ordinal)
            .Replace("`", "\\`", System.StringComparison.Ordinal)
            .Replace("[", "\\[", System.StringComparison.Ordinal)
            .Replace("<", "&lt;", System.StringComparison.Ordinal);
}
