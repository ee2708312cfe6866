using InterviewRules.Article;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests.Article;

public class SharpenInstinctsRuleTests
{
    private readonly IRule<InterviewScenario> _rule = ArticleRules.SharpenInstincts();

    [Fact]
    public void Evaluate_VagueFeelingNoFlags_FavoursAccept()
    {
        var finding = _rule.Evaluate(Some.With(Concern.VagueBadFeeling))!;

        Assert.Equal(1.5, finding.Weight);
        Assert.Contains("milk", finding.Explanation);
        Assert.True(finding.TryGetEvidence("redFlags", out var flags));
        Assert.Empty(flags.Items);
    }

    [Fact]
    public void Evaluate_NoConcern_DoesNotFire() => Assert.Null(_rule.Evaluate(Some.Scenario()));

    [Theory]
    [InlineData(RedFlag.HighTurnover)]
    [InlineData(RedFlag.UntrustworthyLeadership)]
    public void Evaluate_VagueFeelingWithAnyConcreteFlag_DoesNotFire(RedFlag flag)
    {
        Assert.Null(_rule.Evaluate(Some.Scenario(concerns: [Concern.VagueBadFeeling], redFlags: [flag])));
    }
}
