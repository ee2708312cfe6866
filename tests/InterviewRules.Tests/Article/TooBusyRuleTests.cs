using InterviewRules.Article;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests.Article;

public class TooBusyRuleTests
{
    private readonly IRule<InterviewScenario> _rule = ArticleRules.TooBusy();

    [Fact]
    public void Evaluate_TooBusyWhileLooking_FavoursAccept()
    {
        var finding = _rule.Evaluate(Some.Scenario(Some.Candidate(looking: true), concerns: [Concern.TooBusy]))!;

        Assert.Equal(0.5, finding.Weight);
        Assert.Equal(FindingEffect.Accept, finding.Effect);
        Assert.Contains("priority", finding.Explanation);
    }

    [Fact]
    public void Evaluate_TooBusyNotLooking_FiresNeutral()
    {
        var finding = _rule.Evaluate(Some.Scenario(Some.Candidate(looking: false), concerns: [Concern.TooBusy]))!;

        Assert.Equal(0, finding.Weight);
        Assert.Equal(FindingEffect.Neutral, finding.Effect);
        Assert.Contains("scheduled", finding.Explanation);
        Assert.Contains("not actively looking", finding.Explanation);
    }

    [Fact]
    public void Evaluate_NoConcern_DoesNotFire() => Assert.Null(_rule.Evaluate(Some.Scenario(Some.Candidate(looking: true))));
}
