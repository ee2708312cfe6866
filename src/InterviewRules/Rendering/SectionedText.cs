using System.Collections.Generic;
using System.Globalization;
using System.Text;
using InterviewRules.Engine;
using InterviewRules.Explanations;
using InterviewRules.Localization;

namespace InterviewRules.Rendering;

/// <summary>
/// The shape the text and Markdown renderings share: a headline, then the sections "why" (a bullet per finding),
/// the failed rules when there are any, "advice" and "what would change it", each left out when empty. Each format
/// says how a headline, a heading, a finding and the failures look, and how to escape text of others.
/// </summary>
internal abstract class SectionedText
{
    public string Render(Recommendation recommendation, IReadOnlyList<Counterfactual>? counterfactuals, CultureInfo? culture)
    {
        var text = new StringBuilder();
        Headline(text, recommendation, culture);
        if (recommendation.Findings.Count > 0)
        {
            Heading(text, Texts.Get("section.why", culture));
            foreach (var finding in recommendation.Findings)
            {
                Finding(text, finding, finding.Rule.GetTexts(culture), finding.Veto ? Texts.Get("veto", culture) : WeightText.SignedFor(finding.Weight, culture), finding.GetExplanation(culture));
            }
        }

        if (!recommendation.IsComplete)
        {
            Failures(text, recommendation.Failures, Texts.Get("incomplete.label", culture), Texts.Get("incomplete.text", culture));
        }

        var advice = recommendation.GetAdvice(culture);
        if (advice.Count > 0)
        {
            Heading(text, Texts.Get("section.advice", culture));
            foreach (var item in advice)
            {
                text.Append("- ").Append(Escape(item)).Append('\n');
            }
        }

        if (counterfactuals is not null)
        {
            Heading(text, Texts.Get("section.changes", culture));
            if (counterfactuals.Count == 0)
            {
                text.Append("- ").Append(Counterfactuals.GetNoneText(culture)).Append('\n');
            }

            foreach (var counterfactual in counterfactuals)
            {
                text.Append("- ").Append(Escape(counterfactual.GetText(culture))).Append('\n');
            }
        }

        return text.ToString();
    }

    protected abstract void Headline(StringBuilder text, Recommendation recommendation, CultureInfo? culture);

    protected abstract void Heading(StringBuilder text, string heading);

    protected abstract void Finding(StringBuilder text, Finding finding, RuleTexts texts, string weight, string explanation);

    protected abstract void Failures(StringBuilder text, IReadOnlyList<RuleFailure> failures, string label, string sentence);

    protected abstract string Escape(string text);
}
