namespace InterviewRules.Article;

/// <summary>The parameters of <see cref="ArticleRules.PlanB"/> rule, and of <c>InterviewPolicy.With</c>; both check them all at once and copy them.</summary>
/// <example><code>var rule = ArticleRules.PlanB(new PlanBOptions { OtherOpportunitiesBelow = 5 });</code></example>
public sealed class PlanBOptions
{
    /// <summary>Gets or sets the weight of the finding, 0 to 100.</summary>
    /// <value>The default value is 2.</value>
    public double Weight { get; set; } = PlanBRule.DefaultWeight;

    /// <summary>Gets or sets how many other opportunities an active searcher may have and still fire the rule (fewer than this), 0 to 1000.</summary>
    /// <value>The default value is 3.</value>
    public double OtherOpportunitiesBelow { get; set; } = PlanBRule.DefaultOtherOpportunitiesBelow;
}
