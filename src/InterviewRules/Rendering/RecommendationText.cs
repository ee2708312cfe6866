using System.Collections.Generic;
using System.Text;
using InterviewRules.Explanations;

namespace InterviewRules.Rendering;

/// <summary>The plain-text rendering of a recommendation.</summary>
internal static class RecommendationText
{
    public static string Render(Recommendation recommendation) => Render(recommendation, null);

    public static string Render(Recommendation recommendation, IReadOnlyList<Counterfactual>? counterfactuals)
    {
        var text = new StringBuilder();
        text.Append(recommendation.Decision == Verdict.Accept ? "Take the interview" : "Decline the interview")
            .Append(" (").Append(recommendation.Decision == Verdict.Accept ? "accept" : "decline")
            .Append(", score ").Append(WeightText.Signed(recommendation.Score));
        if (recommendation.IsVetoed)
        {
            text.Append(", vetoed");
        }

        text.Append(", policy ").Append(recommendation.Policy.Name).Append(' ').Append(recommendation.Policy.Version).Append(")\n");

        if (recommendation.Findings.Count > 0)
        {
            text.Append("\nWhy:\n");
            foreach (var finding in recommendation.Findings)
            {
                text.Append("- ").Append(finding.Title)
                    .Append(" [").Append(finding.RuleId).Append(", ")
                    .Append(finding.Veto ? "veto" : WeightText.Signed(finding.Weight))
                    .Append(", ").Append(finding.Source).Append("]\n  ")
                    .Append(finding.Explanation).Append('\n');
            }
        }

        if (!recommendation.IsComplete)
        {
            text.Append("\nIncomplete: these rules failed and are not part of the decision:\n");
            foreach (var failure in recommendation.Failures)
            {
                text.Append("- ").Append(failure.RuleId).Append(": ").Append(failure.Error).Append(": ").Append(failure.Message).Append('\n');
            }
        }

        if (recommendation.Advice.Count > 0)
        {
            text.Append("\nAdvice:\n");
            foreach (var advice in recommendation.Advice)
            {
                text.Append("- ").Append(advice).Append('\n');
            }
        }

        if (counterfactuals is not null)
        {
            text.Append("\nWhat would change it:\n");
            if (counterfactuals.Count == 0)
            {
                text.Append("- ").Append(Counterfactuals.NoneText).Append('\n');
            }

            foreach (var counterfactual in counterfactuals)
            {
                text.Append("- ").Append(counterfactual.Describe()).Append('\n');
            }
        }

        return text.ToString();
    }
}
