using InterviewRules.Article;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests.Article;

public class UnknownWantsRuleTests
{
    private readonly IRule<InterviewScenario> _rule = ArticleRules.UnknownWants();

    [Fact]
    public void Evaluate_NotInterested_SaysAnInterviewIsNotAnOffer()
    {
        var finding = _rule.Evaluate(Some.With(Concern.NotInterested))!;

        Assert.Equal(1.5, finding.Weight);
        Assert.Contains("not accepting an offer", finding.Explanation);
        Assert.Contains(finding.Advice, a => a.Contains("people you would work with", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Concern.WrongIndustry)]
    [InlineData(Concern.TooBusy)]
    public void Evaluate_OtherConcerns_DoNotFire(Concern concern) => Assert.Null(_rule.Evaluate(Some.With(concern)));
}
