using System.Collections.Generic;
using System.Globalization;
using System.Text;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Rendering;

/// <summary>The plain-text rendering of a recommendation.</summary>
internal sealed class RecommendationText : SectionedText
{
    public static RecommendationText Instance { get; } = new();

    protected override void Headline(StringBuilder text, Recommendation recommendation, CultureInfo? culture)
    {
        var accept = recommendation.Decision == Verdict.Accept;
        text.Append(Texts.Get(accept ? "headline.accept" : "headline.decline", culture))
            .Append(" (").Append(Texts.Get(accept ? "decision.accept" : "decision.decline", culture))
            .Append(", ").Append(Texts.Get("score", culture)).Append(' ').Append(WeightText.SignedFor(recommendation.Score, culture));
        if (recommendation.IsVetoed)
        {
            text.Append(", ").Append(Texts.Get("vetoed", culture));
        }

        text.Append(", ").Append(Texts.Get("policy", culture)).Append(' ').Append(recommendation.Policy.Name).Append(' ').Append(recommendation.Policy.Version).Append(")\n");
    }

    protected override void Heading(StringBuilder text, string heading) => text.Append('\n').Append(heading).Append(":\n");

    protected override void Finding(StringBuilder text, Finding finding, RuleTexts texts, string weight, string explanation) =>
        text.Append("- ").Append(texts.Title)
            .Append(" [").Append(finding.RuleId).Append(", ").Append(weight).Append(", ").Append(texts.Source).Append("]\n  ")
            .Append(explanation).Append('\n');

    protected override void Failures(StringBuilder text, IReadOnlyList<RuleFailure> failures, string label, string sentence)
    {
        text.Append('\n').Append(label).Append(": ").Append(sentence).Append(":\n");
        foreach (var failure in failures)
        {
            text.Append("- ").Append(failure.RuleId).Append(": ").Append(failure.Error).Append(": ").Append(failure.Message).Append('\n');
        }
    }

    protected override string Escape(string text) => text;
}
