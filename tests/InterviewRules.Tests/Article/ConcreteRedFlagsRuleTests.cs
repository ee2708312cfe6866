using InterviewRules.Article;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests.Article;

public class ConcreteRedFlagsRuleTests
{
    private readonly IRule<InterviewScenario> _rule = ArticleRules.ConcreteRedFlags();

    [Fact]
    public void Evaluate_NoFlags_DoesNotFire() => Assert.Null(_rule.Evaluate(Some.Scenario()));

    [Fact]
    public void Evaluate_OnlyUntrustworthyLeadership_DoesNotFire() => Assert.Null(_rule.Evaluate(Some.WithFlags(RedFlag.UntrustworthyLeadership)));

    [Theory]
    [InlineData(1, -3)]
    [InlineData(2, -6)]
    [InlineData(3, -9)]
    [InlineData(4, -12)]
    public void Evaluate_NFlags_WeighsThreePerFlag(int count, double weight)
    {
        RedFlag[] all = [RedFlag.NegativeManagement, RedFlag.LeadershipConflict, RedFlag.HighTurnover, RedFlag.HostileCulture];

        var finding = _rule.Evaluate(Some.WithFlags(all[..count]))!;

        Assert.Equal(weight, finding.Weight);
        Assert.Equal(FindingEffect.Decline, finding.Effect);
        Assert.Equal(FindingKind.Exception, finding.Kind);
        Assert.Contains($"{count} red flag", finding.Explanation);
    }

    [Fact]
    public void Evaluate_Flags_SaysDecliningTheInterviewIsTheLibrarysInference()
    {
        var finding = _rule.Evaluate(Some.WithFlags(RedFlag.HighTurnover, RedFlag.UntrustworthyLeadership))!;

        Assert.Equal(-3, finding.Weight);
        Assert.Contains("this library's inference", finding.Explanation);
        Assert.Contains("many people quitting", finding.Explanation);
    }
}
