namespace InterviewRules.Article;

/// <summary>
/// The one parameter of the article's rules that have only a weight (networking, sharpen-instincts, unknown-wants,
/// leading-on, too-busy, fear-of-rejection, and concrete-red-flags, whose weight counts per flag). A plain options
/// object: set what you need, hand it to the rule's factory on <see cref="ArticleRules"/>, which checks and copies it.
/// </summary>
/// <example><code>var networking = ArticleRules.Networking(new RuleWeightOptions { Weight = 3 });</code></example>
public sealed class RuleWeightOptions
{
    /// <summary>Gets or sets the weight magnitude of the finding, 0 to 100; the rule gives the sign.</summary>
    /// <value>The default value is <see langword="null"/>: the rule's own default weight (README, the rule catalogue).</value>
    public double? Weight { get; set; }
}
