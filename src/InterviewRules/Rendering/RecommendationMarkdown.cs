using System.Collections.Generic;
using System.Text;
using InterviewRules.Explanations;

namespace InterviewRules.Rendering;

/// <summary>Markdown for a chat bubble or a job-board card: a headline, a bullet per finding with its section, the advice, what would change it.</summary>
internal static class RecommendationMarkdown
{
    public static string Render(Recommendation recommendation, IReadOnlyList<Counterfactual>? counterfactuals)
    {
        var text = new StringBuilder();
        text.Append("**").Append(recommendation.Decision == Verdict.Accept ? "Take the interview." : "Decline the interview.").Append("** ")
            .Append("Score ").Append(WeightText.Signed(recommendation.Score));
        if (recommendation.IsVetoed)
        {
            text.Append(", vetoed");
        }

        text.Append(" (policy `").Append(recommendation.Policy.Name).Append("` ").Append(recommendation.Policy.Version).Append(").\n");
        if (recommendation.Findings.Count > 0)
        {
            text.Append("\n### Why\n\n");
            foreach (var finding in recommendation.Findings)
            {
                text.Append("- **").Append(Escape(finding.Title)).Append("** (")
                    .Append(finding.Veto ? "veto" : WeightText.Signed(finding.Weight)).Append(", _").Append(Escape(finding.Source)).Append("_): ")
                    .Append(Escape(finding.Explanation)).Append('\n');
            }
        }

        if (!recommendation.IsComplete)
        {
            text.Append("\n> **Incomplete:** these rules failed and are not part of the decision: ");
            var first = true;
            foreach (var failure in recommendation.Failures)
            {
                text.Append(first ? string.Empty : ", ").Append('`').Append(failure.RuleId).Append('`');
                first = false;
            }

            text.Append(".\n");
        }

        if (recommendation.Advice.Count > 0)
        {
            text.Append("\n### Advice\n\n");
            foreach (var advice in recommendation.Advice)
            {
                text.Append("- ").Append(Escape(advice)).Append('\n');
            }
        }

        if (counterfactuals is not null)
        {
            text.Append("\n### What would change it\n\n");
            if (counterfactuals.Count == 0)
            {
                text.Append("- ").Append(Counterfactuals.NoneText).Append('\n');
            }

            foreach (var counterfactual in counterfactuals)
            {
                text.Append("- ").Append(Escape(counterfactual.Describe())).Append('\n');
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
