using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// §4 It Will Sharpen Your Instincts: a vague bad feeling is no reason to stay home; going tells you whether it was
/// right and why. Hearsay sits on the same side of the article's line as a feeling: it is not the detailed picture
/// that counts against a job, so it too is a reason to go and find out. Fires on the concern <c>vagueBadFeeling</c>
/// or any rumour, when no red flag is known in detail; the advice says what to ask about each rumour.
/// </summary>
internal static class SharpenInstinctsRule
{
    public const string Id = "sharpen-instincts";

    public static IReadOnlyList<RuleParameter> Parameters { get; } = RuleParameter.WeightOnly(1.5);

    private static readonly System.Func<CultureInfo, IReadOnlyList<string>> FeelingAdvice = Phrases.Advice(Id, 1);

    public static RuleEntry Create(double[] p) => ArticleRules.Simple(
        Id,
        FindingKind.Reason,
        Condition.All(
            Condition.Any(Condition.Contains(Facts.Concerns, Facts.ConcernNames.Of(Concern.VagueBadFeeling)), Condition.ContainsAny(Facts.Rumours, Facts.RedFlagNames)),
            Condition.Not(Condition.ContainsAny(Facts.RedFlags, Facts.RedFlagNames))),
        p[0],
        [new(Facts.Concerns), new(Facts.RedFlags), new(Facts.Rumours)],
        Explanation) with { Advice = Advice };

    private static System.Func<CultureInfo, IReadOnlyList<string>> Advice(InterviewScenario facts)
    {
        if (!facts.HasRumours)
        {
            return FeelingAdvice;
        }

        var feeling = facts.Has(Concern.VagueBadFeeling);
        var rumours = facts.RumourNames;
        return culture =>
        {
            var advice = new List<string>(rumours.Count + 1);
            if (feeling)
            {
                advice.AddRange(FeelingAdvice(culture));
            }

            foreach (var rumour in rumours)
            {
                advice.Add(Phrases.RumourQuestion(rumour, culture));
            }

            return ReadOnlyArray<string>.Own([.. advice]);
        };
    }

    private static string Explanation(Finding finding, CultureInfo culture)
    {
        var feeling = Facts.Get(finding, Facts.Concerns.Path).Items.Contains(Facts.ConcernNames.Of(Concern.VagueBadFeeling));
        var rumours = Facts.Get(finding, Facts.Rumours.Path).Items;
        if (rumours.Count == 0)
        {
            return Texts.Get(Id + ".explanation", culture);
        }

        var heard = Phrases.List(rumours, Phrases.RedFlag, culture);
        return Texts.Format(feeling ? Id + ".feelingAndRumours" : Id + ".rumours", culture, heard) + " " + Texts.Get(Id + ".rumoursWhy", culture);
    }
}
