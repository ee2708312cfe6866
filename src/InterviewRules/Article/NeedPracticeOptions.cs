namespace InterviewRules.Article;

/// <summary>The parameters of <see cref="ArticleRules.NeedPractice"/> rule, and of <c>InterviewPolicy.With</c>; both check them all at once and copy them.</summary>
/// <example><code>var rule = ArticleRules.NeedPractice(new NeedPracticeOptions { Weight = 3, YearsOfExperienceBelow = 2 });</code></example>
public sealed class NeedPracticeOptions
{
    /// <summary>Gets or sets the weight of the finding, 0 to 100.</summary>
    /// <value>The default value is 2.</value>
    public double Weight { get; set; } = NeedPracticeRule.DefaultWeight;

    /// <summary>Gets or sets the experience, in years, below which the candidate needs practice, 0 to 70.</summary>
    /// <value>The default value is 3.</value>
    public double YearsOfExperienceBelow { get; set; } = NeedPracticeRule.DefaultYearsOfExperienceBelow;

    /// <summary>Gets or sets the number of interviews in the last year below which the candidate needs practice, 0 to 1000.</summary>
    /// <value>The default value is 2.</value>
    public double InterviewsInLastYearBelow { get; set; } = NeedPracticeRule.DefaultInterviewsInLastYearBelow;
}
