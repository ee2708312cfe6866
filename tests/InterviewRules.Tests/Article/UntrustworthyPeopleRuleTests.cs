using InterviewRules.Article;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests.Article;

public class UntrustworthyPeopleRuleTests
{
    private readonly IRule<InterviewScenario> _rule = ArticleRules.UntrustworthyPeople();

    [Fact]
    public void Evaluate_UntrustworthyLeadership_VetoesWithZeroWeight()
    {
        var finding = _rule.Evaluate(Some.WithFlags(RedFlag.UntrustworthyLeadership))!;

        Assert.True(finding.Veto);
        Assert.Equal(0, finding.Weight);
        Assert.Equal(FindingEffect.Neutral, finding.Effect);
        Assert.Contains("this library's inference", finding.Explanation);
    }

    [Fact]
    public void Evaluate_OtherFlags_DoNotFire() => Assert.Null(_rule.Evaluate(Some.WithFlags(RedFlag.HostileCulture)));
}
