using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// §3 Networking Is Good: whoever interviews you is a contact worth having. Always fires; it also answers the concern
/// that the job is in the wrong industry (people and skills move between industries), and then shows the industry.
/// </summary>
internal static class NetworkingRule
{
    public const string Id = "networking";

    public static IReadOnlyList<RuleParameter> Parameters { get; } = RuleParameter.WeightOnly(2);

    public static RuleEntry Create(double[] p)
    {
        var wrongIndustry = Condition.Contains(Facts.Concerns, Facts.ConcernNames.Of(Concern.WrongIndustry));
        return ArticleRules.Simple(Id, FindingKind.Reason, Condition.Always, p[0], [new(Facts.Interviewer), new(Facts.Industry, wrongIndustry), new(Facts.Concerns, wrongIndustry)], Explanation);
    }

    private static string Explanation(Finding finding, CultureInfo culture)
    {
        var interviewer = Phrases.Interviewer(Facts.Get(finding, Facts.Interviewer.Path).Text, culture);
        var text = Texts.Format(Id + ".explanation", culture, interviewer);
        return finding.TryGetEvidence(Facts.Industry.Path, out var industry)
            ? string.Concat(text, " ", Texts.Format(Id + ".industry", culture, industry.Text is { } named ? Texts.Format(Id + ".namedIndustry", culture, named) : Texts.Get(Id + ".someIndustry", culture)))
            : text;
    }
}
