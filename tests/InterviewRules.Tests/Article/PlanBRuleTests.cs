using InterviewRules.Article;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests.Article;

public class PlanBRuleTests
{
    private readonly IRule<InterviewScenario> _rule = ArticleRules.PlanB();

    [Theory]
    [InlineData(true, 2, true)]
    [InlineData(true, 3, false)]
    [InlineData(true, 0, true)]
    [InlineData(false, 0, false)]
    public void Evaluate_ActiveSearcher_FiresBelowThreeOtherOpportunities(bool looking, int others, bool fires)
    {
        var finding = _rule.Evaluate(Some.Scenario(Some.Candidate(looking: looking, others: others)));

        Assert.Equal(fires, finding is not null);
    }

    [Fact]
    public void Evaluate_WaitingOnFirstChoice_FiresEvenWhenNotLooking()
    {
        var finding = _rule.Evaluate(Some.Scenario(Some.Candidate(looking: false, others: 10), concerns: [Concern.WaitingOnFirstChoice]))!;

        Assert.Equal(2, finding.Weight);
        Assert.True(finding.TryGetEvidence("concerns", out var concerns));
        Assert.Contains("waitingOnFirstChoice", concerns.Items);
        Assert.Contains("hiring freeze", finding.Explanation);
        Assert.Contains("first choice", finding.Explanation);
    }

    [Fact]
    public void Evaluate_ThinPipeline_RecordsLookingAndOpportunities()
    {
        var finding = _rule.Evaluate(Some.Scenario(Some.Candidate(looking: true, others: 1)))!;

        Assert.Equal(FactValue.FromBoolean(true), finding.Evidence[0].Value);
        Assert.Equal(FactValue.FromNumber(1), finding.Evidence[1].Value);
        Assert.Contains("1 other opportunity", finding.Explanation);
    }
}
