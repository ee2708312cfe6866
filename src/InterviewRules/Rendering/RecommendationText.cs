using System.Collections.Generic;
using System.Globalization;
using System.Text;
using InterviewRules.Explanations;
using InterviewRules.Localization;

namespace InterviewRules.Rendering;

/// <summary>The plain-text rendering of a recommendation.</summary>
internal static class RecommendationText
{
    public static string Render(Recommendation recommendation) => Render(recommendation, null, null);

    public static string Render(Recommendation recommendation, IReadOnlyList<Counterfactual>? counterfactuals, CultureInfo? culture)
    {
        var text = new StringBuilder();
        var accept = recommendation.Decision == Verdict.Accept;
        text.Append(Texts.Get(accept ? "headline.accept" : "headline.decline", culture))
            .Append(" (").Append(Texts.Get(accept ? "decision.accept" : "decision.decline", culture))
            .Append(", ").Append(Texts.Get("score", culture)).Append(' ').Append(WeightText.SignedFor(recommendation.Score, culture));
        if (recommendation.IsVetoed)
        {
            text.Append(", ").Append(Texts.Get("vetoed", culture));
        }

        text.Append(", ").Append(Texts.Get("policy", culture)).Append(' ').Append(recommendation.Policy.Name).Append(' ').Append(recommendation.Policy.Version).Append(")\n");

        if (recommendation.Findings.Count > 0)
        {
            text.Append('\n').Append(Texts.Get("section.why", culture)).Append(":\n");
            foreach (var finding in recommendation.Findings)
            {
                var texts = finding.Rule.GetTexts(culture);
                text.Append("- ").Append(texts.Title)
                    .Append(" [").Append(finding.RuleId).Append(", ")
                    .Append(finding.Veto ? Texts.Get("veto", culture) : WeightText.SignedFor(finding.Weight, culture))
                    .Append(", ").Append(texts.Source).Append("]\n  ")
                    .Append(finding.GetExplanation(culture)).Append('\n');
            }
        }

        if (!recommendation.IsComplete)
        {
            text.Append('\n').Append(Texts.Get("incomplete.label", culture)).Append(": ").Append(Texts.Get("incomplete.text", culture)).Append(":\n");
            foreach (var failure in recommendation.Failures)
            {
                text.Append("- ").Append(failure.RuleId).Append(": ").Append(failure.Error).Append(": ").Append(failure.Message).Append('\n');
            }
        }

        var advice = recommendation.GetAdvice(culture);
        if (advice.Count > 0)
        {
            text.Append('\n').Append(Texts.Get("section.advice", culture)).Append(":\n");
            foreach (var item in advice)
            {
                text.Append("- ").Append(item).Append('\n');
            }
        }

        if (counterfactuals is not null)
        {
            text.Append('\n').Append(Texts.Get("section.changes", culture)).Append(":\n");
            if (counterfactuals.Count == 0)
            {
                text.Append("- ").Append(Counterfactuals.GetNoneText(culture)).Append('\n');
            }

            foreach (var counterfactual in counterfactuals)
            {
                text.Append("- ").Append(counterfactual.Describe(culture)).Append('\n');
            }
        }

        return text.ToString();
    }
}
