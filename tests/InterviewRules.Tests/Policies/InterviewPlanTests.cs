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
    public static TheoryData<string> Policies => new() { "article-default", "campus-board", "executive-search", "article-default-declarative", "some-disabled", "wide-condition", "tenths" };

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
    public void PlanEvaluate_GivesTheEvaluatorsRecommendation(string name)
    {
        var evaluator = Load(name).CreateEvaluator();
        var plan = InterviewPlan.TryCreate(evaluator)!;

        Generators.Scenario.Sample(
            s =>
            {
                var expected = new Recommendation(evaluator.Evaluate(s), InterviewAdvisor.Default.Policy);
                var actual = new Recommendation(plan.Evaluate(s), InterviewAdvisor.Default.Policy);
                Assert.Equal(expected.FiredRuleIds, actual.FiredRuleIds);
                Assert.Equal(InterviewJson.Write(expected), InterviewJson.Write(actual));
            },
            iter: 500);
    }

    [Fact]
    public void Plan_AddsInAnyOrder_OnlyWhenEveryWeightIsExact()
    {
        Assert.True(InterviewPlan.TryCreate(Load("article-default").CreateEvaluator())!.AddsInAnyOrder);
        Assert.True(InterviewPlan.TryCreate(Load("article-default-declarative").CreateEvaluator())!.AddsInAnyOrder);
        Assert.False(InterviewPlan.TryCreate(Load("tenths").CreateEvaluator())!.AddsInAnyOrder);
        Assert.False(InterviewPlan.TryCreate(InterviewPolicy.ArticleDefault.WithRuleParameter("networking", "weight", 0.3).CreateEvaluator())!.AddsInAnyOrder);
        Assert.True(InterviewPlan.TryCreate(InterviewPolicy.ArticleDefault.WithRuleParameter("networking", "weight", Math.ScaleB(3, -20)).CreateEvaluator())!.AddsInAnyOrder);
        Assert.False(InterviewPlan.TryCreate(InterviewPolicy.ArticleDefault.WithRuleParameter("networking", "weight", Math.ScaleB(3, -21)).CreateEvaluator())!.AddsInAnyOrder);
    }

    /// <summary>
    /// Policies with generated weights — all exact (whole 2^-k ths, up to 100; added in lanes and groups), or mostly
    /// exact with some any double (added one by one) — on the declarative rules and on three article rules beside
    /// them: the plan's score is the evaluator's to the bit either way.
    /// </summary>
    [Fact]
    public void Plan_AgreesWithTheEvaluator_ForGeneratedWeights()
    {
        var exactWeight = Gen.Int[0, 20].SelectMany(k => Gen.Long[0, 100L << k].Select(units => Math.ScaleB(units, -k)));
        var anyWeight = Gen.Frequency((3, exactWeight), (1, Gen.Double[0, 100]));
        var declarative = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "policies", "article-default-declarative.json"));
        var scenarios = Generators.Scenario.Array[100].Single();
        var inAnyOrder = 0;
        var inOrder = 0;
        Gen.Bool.SelectMany(exact => (exact ? exactWeight : anyWeight).Array[19]).Sample(
            weights =>
            {
                var policy = System.Text.Json.Nodes.JsonNode.Parse(declarative)!;
                var custom = policy["customRules"]!.AsArray();
                for (var i = 0; i < custom.Count; i++)
                {
                    custom[i]!["weight"] = weights[i];
                }

                policy["rules"]!["networking"] = new System.Text.Json.Nodes.JsonObject { ["enabled"] = true, ["weight"] = weights[16] };
                policy["rules"]!["concrete-red-flags"] = new System.Text.Json.Nodes.JsonObject { ["enabled"] = true, ["weightPerFlag"] = weights[17] };
                policy["rules"]!["low-cost"] = new System.Text.Json.Nodes.JsonObject { ["enabled"] = true, ["cheapWeight"] = weights[18], ["expensiveWeight"] = weights[0] };
                var evaluator = InterviewJson.ReadPolicy(policy.ToJsonString()).CreateEvaluator();
                var plan = InterviewPlan.TryCreate(evaluator)!;
                _ = plan.AddsInAnyOrder ? inAnyOrder++ : inOrder++;
                foreach (var s in scenarios)
                {
                    var expected = evaluator.Score(s);
                    var actual = plan.Score(s);
                    Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Score), BitConverter.DoubleToInt64Bits(actual.Score));
                    Assert.Equal(expected, actual);
                }
            },
            iter: 300);

        // Both ways of adding must have been held to it.
        Assert.True(inAnyOrder > 10 && inOrder > 10, $"{inAnyOrder} policies added in any order, {inOrder} in order");
    }

    [Fact]
    public void Plan_StandsAside_ForOtherAggregators_CodeRules_AndOtherOrders()
    {
        var strongest = InterviewPolicy.ArticleDefault.WithAggregation("strongestFinding").CreateEvaluator();
        var code = Rule.When<InterviewScenario>(new RuleDescriptor("code", FindingKind.Reason, "Code", "test", "+1"), _ => true, 1, "Code.");
        var withCode = new Evaluator<InterviewScenario>(RuleSet<InterviewScenario>.Create([.. InterviewPolicy.ArticleDefault.CreateRuleSet(), code]));
        var reordered = new Evaluator<InterviewScenario>(RuleSet<InterviewScenario>.Create(new LowCostRule(), new NeedPracticeRule()));

        Assert.Null(InterviewPlan.TryCreate(strongest));
        Assert.Null(InterviewPlan.TryCreate(withCode));
        Assert.Null(InterviewPlan.TryCreate(reordered));
        Assert.NotNull(InterviewPlan.TryCreate(InterviewPolicy.ArticleDefault.CreateEvaluator()));
    }

    private static InterviewPolicy Load(string name) => name switch
    {
        "article-default" => InterviewPolicy.ArticleDefault,
        "some-disabled" => InterviewPolicy.ArticleDefault.WithRuleEnabled("networking", false).WithRuleEnabled("plan-b", false).WithThreshold(1.5),
        "wide-condition" => WideCondition(),
        "tenths" => Tenths(),
        _ => InterviewJson.ReadPolicy(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "policies", name + ".json"))),
    };

    /// <summary>
    /// The declarative policy plus a rule whose condition multiplies out to 64 terms (each part an "any" with a
    /// negated number test, which no "any of" merges), past what one condition table takes: the plan then walks
    /// every declarative condition's tree, and must still agree.
    /// </summary>
    private static InterviewPolicy WideCondition()
    {
        var numbers = new[] { "candidate.yearsOfExperience", "candidate.interviewsInLastYear", "candidate.otherOpportunities", "opportunity.travelHours", "opportunity.durationHours", "opportunity.totalHours" };
        var parts = string.Join(", ", numbers.Select(f => $$"""{ "any": [ { "fact": "{{f}}", "op": "lessThan", "value": 2 }, { "not": { "fact": "{{f}}", "op": "lessThanOrEqual", "value": 4 } } ] }"""));
        var policy = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "policies", "article-default-declarative.json")))!;
        policy["customRules"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse($$"""
            { "id": "wide", "kind": "reason", "effect": "accept", "weight": 1, "title": "Wide", "explanation": "Wide.", "source": "test",
              "when": { "all": [ {{parts}} ] } }
            """));
        var read = InterviewJson.ReadPolicy(policy.ToJsonString());
        var programs = read.CreateRuleSet().OfType<DeclarativeRule>().Select(r => r.Program).ToArray();
        Assert.Null(ConditionTable.TryCreate(programs));
        return read;
    }

    /// <summary>
    /// Weights that are not whole 1/1024ths (0.1, 0.7, 0.3 have no exact binary form, so their sums depend on the
    /// order of additions): the plan then adds one by one in the evaluator's order, and must give its sums to the
    /// last bit.
    /// </summary>
    private static InterviewPolicy Tenths()
    {
        var policy = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "policies", "article-default-declarative.json")))!;
        policy["rules"]!["networking"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "enabled": true, "weight": 0.3 }""");
        policy["rules"]!["too-busy"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "enabled": true, "weight": 0.7 }""");
        var custom = policy["customRules"]!.AsArray();
        custom[0]!["weight"] = 0.1;
        custom[1]!["weight"] = 0.7;
        custom[5]!["weight"] = 0.2;
        return InterviewJson.ReadPolicy(policy.ToJsonString());
    }
}
