using System.Collections.Generic;
using System.Globalization;
using System.Text;
using InterviewRules.Engine;
using InterviewRules.Explanations;
using InterviewRules.Localization;

namespace InterviewRules.Rendering;

/// <summary>
/// The shape the text and Markdown renderings share: a headline, then what speaks for the interview and what
/// against it (the side the headline took first), anything weighed that leans neither way, the failed rules when
/// there are any, "advice" and "what would change it", each left out when empty. Each format
/// says how a headline, a heading, a finding and the failures look, and how to escape text of others.
/// </summary>
internal abstract class SectionedText
{
    public string Render(Recommendation recommendation, IReadOnlyList<Counterfactual>? counterfactuals, CultureInfo? culture)
    {
        var text = new StringBuilder();
        Headline(text, recommendation, culture);
        // For and against under their own headings, the side the headline took first; a veto leads "against" as it
        // leads the findings; a finding that weighs nothing either way is said once, last.
        var accept = recommendation.Decision == Verdict.Accept;
        Side(text, recommendation, accept ? FindingEffect.Accept : FindingEffect.Decline, culture);
        Side(text, recommendation, accept ? FindingEffect.Decline : FindingEffect.Accept, culture);
        Side(text, recommendation, FindingEffect.Neutral, culture);

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

    private void Side(StringBuilder text, Recommendation recommendation, FindingEffect effect, CultureInfo? culture)
    {
        var heading = false;
        foreach (var finding in recommendation.Findings)
        {
            // A veto weighs nothing but is the strongest finding against.
            var side = finding.Veto ? FindingEffect.Decline : finding.Effect;
            if (side != effect)
            {
                continue;
            }

            if (!heading)
            {
                Heading(text, Texts.Get(effect switch { FindingEffect.Accept => "section.for", FindingEffect.Decline => "section.against", _ => "section.neutral" }, culture));
                heading = true;
            }

            Finding(text, finding, finding.Rule.GetTexts(culture), finding.Veto ? Texts.Get("veto", culture) : WeightText.SignedFor(finding.Weight, culture), finding.GetExplanation(culture));
        }
    }

    protected abstract void Headline(StringBuilder text, Recommendation recommendation, CultureInfo? culture);

    protected abstract void Heading(StringBuilder text, string heading);

    protected abstract void Finding(StringBuilder text, Finding finding, RuleTexts texts, string weight, string explanation);

    protected abstract void Failures(StringBuilder text, IReadOnlyList<RuleFailure> failures, string label, string sentence);

    protected abstract string Escape(string text);
}
