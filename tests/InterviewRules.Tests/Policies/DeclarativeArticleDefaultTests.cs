using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CsCheck;
using InterviewRules.Engine;
using InterviewRules.Tests.Properties;
using Xunit;

namespace InterviewRules.Tests.Policies;

/// <summary>
/// docs/policies/article-default-declarative.json is article-default written as data: every article rule disabled,
/// 16 custom rules in their place. It must give the built-in policy's decision and score, and fire the same article
/// rules (each custom id <c>data-…</c> stands for one article rule), on every example and on thousands of generated
/// scenarios. The mutation test shows the comparison would notice any one custom rule missing.
/// </summary>
public class DeclarativeArticleDefaultTests
{
    private const int Iterations = 5_000;

    private static readonly string PolicyPath = Path.Combine(AppContext.BaseDirectory, "policies", "article-default-declarative.json");

    private static readonly InterviewAdvisor Builtin = InterviewAdvisor.Default;

    private static readonly InterviewAdvisor Declarative = Load(File.ReadAllText(PolicyPath));

    public static IEnumerable<object[]> Names => Examples.Names();

    [Fact]
    public void Policy_DisablesEveryArticleRuleAndAddsOnlyCustomRules()
    {
        var policy = JsonNode.Parse(File.ReadAllText(PolicyPath))!;
        var rules = policy["rules"]!.AsObject();
        var customIds = policy["customRules"]!.AsArray().Select(r => (string)r!["id"]!).ToArray();

        Assert.Equal(ArticleRuleIds.Order(StringComparer.Ordinal), rules.Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.All(rules, r => Assert.False((bool)r.Value!["enabled"]!, r.Key));
        Assert.Equal(16, customIds.Length);
        Assert.All(customIds, id => Assert.StartsWith("data-", id, StringComparison.Ordinal));
        Assert.Equal("article-default-declarative", (string)policy["name"]!);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_GivesTheBuiltInDecisionScoreAndRules(string name) =>
        AssertSame(Declarative, InterviewJson.ReadScenario(Examples.ScenarioBytes(name)));

    [Fact]
    public void GeneratedScenarios_GiveTheBuiltInDecisionScoreAndRules() =>
        Generators.Scenario.Sample(s => AssertSame(Declarative, s), iter: Iterations);

    [Fact]
    public void GeneratedScenarios_ExerciseEveryCustomRuleAndBothDecisions()
    {
        // Without this the agreement above could hold on scenarios that never reach a rule.
        var scenarios = Generators.Scenario.Array[Iterations].Single();
        var fired = scenarios.SelectMany(s => Declarative.Recommend(s).FiredRuleIds).CountBy(id => id).ToDictionary();
        var decisions = scenarios.Select(s => Declarative.Score(s).Decision).ToHashSet();
        var customIds = JsonNode.Parse(File.ReadAllText(PolicyPath))!["customRules"]!.AsArray().Select(r => (string)r!["id"]!);

        Assert.All(customIds, id => Assert.True(fired.GetValueOrDefault(id) > 0, $"{id} never fired in {Iterations} generated scenarios"));
        Assert.Equal([Verdict.Accept, Verdict.Decline], decisions.Order());
    }

    [Fact]
    public void Mutants_EachMissingCustomRuleOrAnArticleRuleLeftOn_AreCaught()
    {
        var scenarios = Examples.Names().Select(n => InterviewJson.ReadScenario(Examples.ScenarioBytes((string)n[0])))
            .Concat(Generators.Scenario.Array[2_000].Single())
            .ToArray();
        var original = File.ReadAllText(PolicyPath);
        var mutants = new List<(string Name, string Json)>();
        var count = JsonNode.Parse(original)!["customRules"]!.AsArray().Count;
        for (var i = 0; i < count; i++)
        {
            var policy = JsonNode.Parse(original)!;
            var rules = policy["customRules"]!.AsArray();
            var id = (string)rules[i]!["id"]!;
            rules.RemoveAt(i);
            mutants.Add(($"without {id}", policy.ToJsonString()));
        }

        var leftOn = JsonNode.Parse(original)!;
        leftOn["rules"]!["networking"]!["enabled"] = true;
        mutants.Add(("networking left on", leftOn.ToJsonString()));
        var reweighted = JsonNode.Parse(original)!;
        reweighted["customRules"]!.AsArray().First(r => (string)r!["id"]! == "data-flag-high-turnover")!["weight"] = 2.5;
        mutants.Add(("a flag weighing 2.5", reweighted.ToJsonString()));

        Assert.All(mutants, m =>
        {
            var advisor = Load(m.Json);
            Assert.True(scenarios.Any(s => Disagreement(advisor, s) is not null), $"the mutant '{m.Name}' agrees with the built-in policy on every scenario");
        });
    }

    private static readonly string[] ArticleRuleIds =
    [
        "need-practice", "plan-b", "networking", "sharpen-instincts", "unknown-wants", "leading-on", "too-busy",
        "fear-of-rejection", "concrete-red-flags", "untrustworthy-people", "low-cost",
    ];

    private static InterviewAdvisor Load(string json) => InterviewAdvisor.Create(InterviewJson.ReadPolicy(json));

    private static void AssertSame(InterviewAdvisor advisor, InterviewScenario scenario)
    {
        var disagreement = Disagreement(advisor, scenario);
        Assert.True(disagreement is null, disagreement);
    }

    /// <summary>Null when the two policies agree on the scenario, else what differs.</summary>
    private static string? Disagreement(InterviewAdvisor advisor, InterviewScenario scenario)
    {
        var expected = Builtin.Recommend(scenario);
        var actual = advisor.Recommend(scenario);
        var expectedScore = Builtin.Score(scenario);
        var actualScore = advisor.Score(scenario);
        var expectedIds = expected.FiredRuleIds.Order(StringComparer.Ordinal).ToArray();
        var actualIds = actual.FiredRuleIds.Select(ArticleIdOf).Distinct().Order(StringComparer.Ordinal).ToArray();

        // Sums of multiples of 0.5 are exact in binary floating point, so the scores must be equal, not near.
        return actual.Decision == expected.Decision && actual.Score == expected.Score
            && actualScore.Decision == expectedScore.Decision && actualScore.Score == expectedScore.Score
            && actualIds.SequenceEqual(expectedIds, StringComparer.Ordinal)
                ? null
                : $"{scenario}: built-in {expected.Decision} {expected.Score} (score path {expectedScore.Decision} {expectedScore.Score}) [{string.Join(", ", expectedIds)}]; "
                  + $"declarative {actual.Decision} {actual.Score} (score path {actualScore.Decision} {actualScore.Score}) [{string.Join(", ", actual.FiredRuleIds)}]";
    }

    /// <summary>The article rule a custom rule of the declarative policy stands for; anything else is returned marked.</summary>
    private static string ArticleIdOf(string customId)
    {
        if (!customId.StartsWith("data-", StringComparison.Ordinal))
        {
            return "(not a custom rule) " + customId;
        }

        var name = customId["data-".Length..];
        return name switch
        {
            _ when name.StartsWith("flag-", StringComparison.Ordinal) => "concrete-red-flags",
            "too-busy-looking" or "too-busy-not-looking" => "too-busy",
            "low-cost-cheap" or "low-cost-expensive" => "low-cost",
            _ => name,
        };
    }
}
