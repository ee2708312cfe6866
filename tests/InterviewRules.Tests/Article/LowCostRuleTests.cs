using InterviewRules.Article;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests.Article;

public class LowCostRuleTests
{
    private readonly IRule<InterviewScenario> _rule = ArticleRules.LowCost();

    [Theory]
    [InlineData(InterviewFormat.Video, 5, 0.5)]
    [InlineData(InterviewFormat.Phone, 5, 0.5)]
    [InlineData(InterviewFormat.OnSite, 1, 0.5)]
    public void Evaluate_Cheap_FavoursAccept(InterviewFormat format, double travel, double weight)
    {
        var finding = _rule.Evaluate(Some.Scenario(opportunity: Some.Opportunity(format: format, travel: travel)))!;

        Assert.Equal(weight, finding.Weight);
        Assert.Contains("low-cost and high-reward", finding.Explanation);
    }

    [Fact]
    public void Evaluate_OnSiteJustOverAnHourAway_DoesNotFire() =>
        Assert.Null(_rule.Evaluate(Some.Scenario(opportunity: Some.Opportunity(travel: 1.01))));

    [Theory]
    [InlineData(7, 1, false, false)]
    [InlineData(7, 1.01, false, true)]
    [InlineData(8, 4, true, false)]
    public void Evaluate_ExpensiveBoundary_AboveEightHoursWhenNotLooking(double travel, double duration, bool looking, bool fires)
    {
        var finding = _rule.Evaluate(Some.Scenario(Some.Candidate(looking: looking), Some.Opportunity(travel: travel, duration: duration)));

        Assert.Equal(fires, finding is not null);
        if (fires)
        {
            Assert.Equal(-3, finding!.Weight);
            Assert.Contains("beyond the article", finding.Explanation);
        }
    }

    [Fact]
    public void Evaluate_CheapAndExpensive_AddsTheParts()
    {
        var finding = _rule.Evaluate(Some.Scenario(opportunity: Some.Opportunity(format: InterviewFormat.Video, travel: 0, duration: 9)))!;

        Assert.Equal(-2.5, finding.Weight);
        Assert.Contains("video interview", finding.Explanation);
        Assert.Contains("9 hours", finding.Explanation);
    }
}
