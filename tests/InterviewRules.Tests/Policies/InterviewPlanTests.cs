using System;
using System.IO;
using System.Linq;
using CsCheck;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Policies;
using InterviewRules.Tests.Properties;
using Xunit;

namespace InterviewRules.Tests.Policies;

/// <summary>The advisor's scoring plan must give exactly the evaluator's answer, and stand aside when it cannot.</summary>
public class InterviewPlanTests
{
    public static TheoryData<string> Policies => new() { "article-default", "campus-board", "executive-search", "article-default-declarative", "some-disabled" };

    [Theory]
    [MemberData(nameof(Policies))]
    public void Plan_AgreesWithTheEvaluator_OnGeneratedScenarios(string name)
    {
        var policy = Load(name);
        var evaluator = policy.CreateEvaluator();
        var plan = InterviewPlan.TryCreate(evaluator);
        Assert.NotNull(plan);

        Generators.Scenario.Sample(s => Assert.Equal(evaluator.Score(s), plan!.Score(s)), iter: 3000);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void PlanRecommend_GivesTheEvaluatorsRecommendation(string name)
    {
        var evaluator = Load(name).CreateEvaluator();
        var plan = InterviewPlan.TryCreate(evaluator)!;

        Generators.Scenario.Sample(
            s =>
            {
                var expected = evaluator.Evaluate(s);
                var actual = plan.Recommend(s);
                Assert.Equal(expected.FiredRuleIds, actual.FiredRuleIds);
                Assert.Equal(InterviewJson.Write(expected), InterviewJson.Write(actual));
            },
            iter: 500);
    }

    [Fact]
    public void Plan_StandsAside_ForOtherAggregators_CodeRules_AndOtherOrders()
    {
        var strongest = InterviewPolicy.ArticleDefault.WithAggregation("strongestFinding").CreateEvaluator();
        var code = Rule.When<InterviewScenario>(new RuleDescriptor("code", FindingKind.Reason, "Code", "test", "+1"), _ => true, 1, "Code.");
        var withCode = new Evaluator<InterviewScenario>(RuleSet<InterviewScenario>.Create([.. InterviewPolicy.ArticleDefault.CreateRuleSet(), code]), InterviewAdvisor.Default.Policy);
        var reordered = new Evaluator<InterviewScenario>(RuleSet<InterviewScenario>.Create(new LowCostRule(), new NeedPracticeRule()), InterviewAdvisor.Default.Policy);

        Assert.Null(InterviewPlan.TryCreate(strongest));
        Assert.Null(InterviewPlan.TryCreate(withCode));
        Assert.Null(InterviewPlan.TryCreate(reordered));
        Assert.NotNull(InterviewPlan.TryCreate(InterviewPolicy.ArticleDefault.CreateEvaluator()));
    }

    private static InterviewPolicy Load(string name) => name switch
    {
        "article-default" => InterviewPolicy.ArticleDefault,
        "some-disabled" => InterviewPolicy.ArticleDefault.WithRuleEnabled("networking", false).WithRuleEnabled("plan-b", false).WithThreshold(1.5),
        _ => InterviewJson.ReadPolicy(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "policies", name + ".json"))),
    };
}
