using InterviewRules.Article;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests.Article;

public class FearOfRejectionRuleTests
{
    private readonly IRule<InterviewScenario> _rule = ArticleRules.FearOfRejection();

    [Fact]
    public void Evaluate_FearOfRejection_Rebuts()
    {
        var finding = _rule.Evaluate(Some.With(Concern.FearOfRejection))!;

        Assert.Equal(0.5, finding.Weight);
        Assert.Equal(FindingKind.CounterReason, finding.Kind);
        Assert.Contains("closer to an acceptance", finding.Explanation);
    }

    [Fact]
    public void Evaluate_NoConcern_DoesNotFire() => Assert.Null(_rule.Evaluate(Some.With(Concern.TooBusy)));
}
