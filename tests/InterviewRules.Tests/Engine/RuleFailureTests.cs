using System;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Rendering;
using Xunit;

namespace InterviewRules.Tests.Engine;

public class RuleFailureTests
{
    private static readonly IRule<InterviewScenario> Throws = new ThrowingRule();

    private static InterviewAdvisor Advisor(bool failFast) =>
        new(new Evaluator<InterviewScenario>(ArticleRules.CreateDefaultRuleSet().Replace("networking", _ => Throws), failFast: failFast), InterviewAdvisor.Default.Policy);

    [Fact]
    public void Evaluate_RuleThrows_RecordedAsFailure_NotAsDidNotFire()
    {
        var recommendation = Advisor(failFast: false).Recommend(Some.Scenario(Some.Candidate(years: 1)));

        Assert.False(recommendation.IsComplete);
        var failure = Assert.Single(recommendation.Failures);
        Assert.Equal("networking", failure.RuleId);
        Assert.Equal("InvalidOperationException", failure.Error);
        Assert.Equal("the rule's database is down", failure.Message);
        Assert.True(recommendation.Fired("need-practice"));
        Assert.False(recommendation.Fired("networking"));
        Assert.Contains("Incomplete: these rules failed", Renderers.Render("text", recommendation));
        Assert.EndsWith("; incomplete, failed: networking", recommendation.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"failures\": [", InterviewJson.Write(recommendation));
    }

    [Fact]
    public void Score_RuleThrows_ReportsIncomplete()
    {
        var result = Advisor(failFast: false).Score(Some.Scenario());

        Assert.False(result.IsComplete);
    }

    [Fact]
    public void FailFast_RuleThrows_StopsWithTheRuleNamed()
    {
        var ex = Assert.Throws<RuleEvaluationException>(() => Advisor(failFast: true).Recommend(Some.Scenario()));
        var score = Assert.Throws<RuleEvaluationException>(() => Advisor(failFast: true).Score(Some.Scenario()));

        Assert.Equal("networking", ex.RuleId);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Equal("networking", score.RuleId);
    }

    [Fact]
    public void Healthy_RecommendationIsComplete_AndJsonHasNoFailures()
    {
        var recommendation = InterviewAdvisor.Default.Recommend(Some.Scenario());

        Assert.True(recommendation.IsComplete);
        Assert.True(InterviewAdvisor.Default.Score(Some.Scenario()).IsComplete);
        Assert.DoesNotContain("failures", InterviewJson.Write(recommendation));
    }

    private sealed class ThrowingRule : IRule<InterviewScenario>
    {
        public RuleDescriptor Descriptor { get; } = new("networking", FindingKind.Reason, "Broken", "test", "+2");

        public Finding? Evaluate(InterviewScenario facts) => throw new InvalidOperationException("the rule's database is down");
    }
}
