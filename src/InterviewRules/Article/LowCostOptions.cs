namespace InterviewRules.Article;

/// <summary>The parameters of <see cref="ArticleRules.LowCost"/> rule, and of <c>InterviewPolicy.With</c>; both check them all at once and copy them.</summary>
/// <example><code>var rule = ArticleRules.LowCost(new LowCostOptions { ExpensiveHoursAbove = 6 });</code></example>
public sealed class LowCostOptions
{
    /// <summary>Gets or sets the weight for a cheap interview (video, phone, or a short trip), 0 to 100.</summary>
    /// <value>The default value is 0.5.</value>
    public double CheapWeight { get; set; } = LowCostRule.DefaultCheapWeight;

    /// <summary>Gets or sets the weight against an expensive interview for a candidate who is not looking (a magnitude), 0 to 100.</summary>
    /// <value>The default value is 3.</value>
    public double ExpensiveWeight { get; set; } = LowCostRule.DefaultExpensiveWeight;

    /// <summary>Gets or sets the travel time, in hours, up to which an interview is cheap, 0 to 100.</summary>
    /// <value>The default value is 1.</value>
    public double CheapTravelHoursAtMost { get; set; } = LowCostRule.DefaultCheapTravelHoursAtMost;

    /// <summary>Gets or sets the travel plus interview hours above which an interview is expensive for someone not looking, 0 to 200.</summary>
    /// <value>The default value is 8.</value>
    public double ExpensiveHoursAbove { get; set; } = LowCostRule.DefaultExpensiveHoursAbove;
}
