using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Rendering;

/// <summary>
/// An assessment as Markdown for a chat bubble: the summary as the headline, the questions worth asking (best first),
/// then the certain reasons as the recommendation's Markdown shows findings (for, against, neither), and their advice.
/// No rule id, and nothing the assessment does not know: every text is the assessment's own.
/// </summary>
internal static class AssessmentMarkdown
{
    public static string Render(Assessment assessment, CultureInfo? culture)
    {
        var text = new StringBuilder();
        text.Append("**").Append(Escape(assessment.GetSummary(culture))).Append("**\n");

        if (assessment.Questions.Count > 0)
        {
            Heading(text, Texts.Get("assess.heading.questions", culture));
            for (var i = 0; i < assessment.Questions.Count; i++)
            {
                text.Append(i + 1).Append(". ").Append(Escape(assessment.Questions[i].GetText(culture))).Append('\n');
            }
        }

        // The side the decision took first; an open answer leads with what speaks for the interview.
        var accept = assessment.Decision != Verdict.Decline;
        Side(text, assessment, accept ? FindingEffect.Accept : FindingEffect.Decline, culture);
        Side(text, assessment, accept ? FindingEffect.Decline : FindingEffect.Accept, culture);
        Side(text, assessment, FindingEffect.Neutral, culture);

        var advice = assessment.Findings.SelectMany(f => f.GetAdvice(culture)).Distinct(StringComparer.Ordinal).ToList();
        if (advice.Count > 0)
        {
            Heading(text, Texts.Get("section.advice", culture));
            foreach (var item in advice)
            {
                text.Append("- ").Append(Escape(item)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A certain finding's side: a veto is the strongest finding against; a weight that may be 0 or change sign leans neither way.</summary>
    private static FindingEffect SideOf(AssessedFinding finding) =>
        finding.Veto ? FindingEffect.Decline
        : finding.WeightRange.Min > 0 ? FindingEffect.Accept
        : finding.WeightRange.Max < 0 ? FindingEffect.Decline
        : FindingEffect.Neutral;

    private static void Side(StringBuilder text, Assessment assessment, FindingEffect effect, CultureInfo? culture)
    {
        var heading = false;
        foreach (var finding in assessment.Findings.Where(f => SideOf(f) == effect))
        {
            if (!heading)
            {
                Heading(text, Texts.Get(effect switch { FindingEffect.Accept => "section.for", FindingEffect.Decline => "section.against", _ => "section.neutral" }, culture));
                heading = true;
            }

            var range = finding.WeightRange;
            var weight = finding.Veto ? Texts.Get("veto", culture)
                : range.IsExact ? WeightText.SignedFor(range.Min, culture)
                : WeightText.SignedFor(range.Min, culture) + " … " + WeightText.SignedFor(range.Max, culture);
            text.Append("- **").Append(Escape(finding.GetTitle(culture))).Append("** (").Append(weight)
                .Append(", _").Append(Escape(finding.GetSource(culture))).Append("_): ").Append(Escape(finding.GetExplanation(culture))).Append('\n');
        }
    }

    private static void Heading(StringBuilder text, string heading) => text.Append("\n### ").Append(heading).Append("\n\n");

    // As the recommendation's Markdown escapes: a policy's custom texts are not ours, so keep them from turning into
    // markup, and on one line, where no heading, quote, list or rule can start.
    private static string Escape(string text) =>
        text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ')
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("`", "\\`", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal);
}
