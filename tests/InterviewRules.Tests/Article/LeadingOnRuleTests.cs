using InterviewRules.Article;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests.Article;

public class LeadingOnRuleTests
{
    private readonly IRule<InterviewScenario> _rule = ArticleRules.LeadingOn();

    [Fact]
    public void Evaluate_FearOfLeadingOn_RebutsWithAdviceOnDecliningWell()
    {
        var finding = _rule.Evaluate(Some.With(Concern.FearOfLeadingOn))!;

        Assert.Equal(0.5, finding.Weight);
        Assert.Equal(FindingKind.CounterReason, finding.Kind);
        Assert.Contains(finding.Advice, a => a.Contains("never ghost", System.StringComparison.Ordinal));
        Assert.Contains(finding.Advice, a => a.Contains("Thank", System.StringComparison.Ordinal));
        Assert.Contains(finding.Advice, a => a.Contains("Recommend other professionals", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_NoConcern_DoesNotFire() => Assert.Null(_rule.Evaluate(Some.Scenario()));
}
