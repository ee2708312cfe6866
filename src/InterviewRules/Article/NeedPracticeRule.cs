using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// §1 You Need Practice: interviewing is a skill that improves with repetition. Fires when the candidate is early in
/// their career or has interviewed little in the last year.
/// </summary>
internal static class NeedPracticeRule
{
    public const string Id = "need-practice";

    public const double DefaultWeight = 2, DefaultYearsOfExperienceBelow = 3, DefaultInterviewsInLastYearBelow = 2;

    public static IReadOnlyList<RuleParameter> Parameters { get; } =
    [
        new("weight", DefaultWeight, 0, 100, "The weight of the finding."),
        new("yearsOfExperienceBelow", DefaultYearsOfExperienceBelow, 0, 70, "Fires when candidate.yearsOfExperience is below this."),
        new("interviewsInLastYearBelow", DefaultInterviewsInLastYearBelow, 0, 1000, "Fires when candidate.interviewsInLastYear is below this."),
    ];

    // The options in the order of Parameters: the one place an option meets its position.
    public static double[] Values(NeedPracticeOptions options) => [options.Weight, options.YearsOfExperienceBelow, options.InterviewsInLastYearBelow];

    public static RuleEntry Create(double[] p) => ArticleRules.Simple(
        Id,
        FindingKind.Reason,
        Condition.Any(
            Condition.Fact(Facts.YearsOfExperience, ConditionOperator.LessThan, p[1]),
            Condition.Fact(Facts.InterviewsInLastYear, ConditionOperator.LessThan, p[2])),
        p[0],
        [new(Facts.YearsOfExperience), new(Facts.InterviewsInLastYear)],
        Explanation);

    private static string Explanation(Finding finding, CultureInfo culture)
    {
        var years = Facts.Get(finding, Facts.YearsOfExperience.Path).Number;
        var interviews = Facts.Get(finding, Facts.InterviewsInLastYear.Path).Number;
        // No experience reads as words, not as "0 years".
        var situation = years == 0
            ? Texts.Format(Id + ".situationNew", culture, Phrases.Interviews(interviews, culture))
            : Texts.Format(Id + ".situation", culture, Texts.Count(years, "year", culture), Phrases.Interviews(interviews, culture));
        return string.Concat(situation, " ", Texts.Get(Id + ".why", culture));
    }
}
