using System.Linq;
using CsCheck;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Policies;
using Xunit;

namespace InterviewRules.Tests.Properties;

/// <summary>
/// Laws the advisor keeps for every valid scenario, checked over thousands of generated ones per property.
/// CsCheck prints the seed of a failing case; pass it as <c>seed:</c> to replay it.
/// </summary>
public class RecommendationPropertyTests
{
    private const int Iterations = 5_000;

    // Concerns the article rebuts: voicing one never lowers the score.
    private static readonly Concern[] Rebutted = [Concern.NotInterested, Concern.WrongIndustry, Concern.VagueBadFeeling, Concern.FearOfLeadingOn, Concern.TooBusy, Concern.FearOfRejection, Concern.WaitingOnFirstChoice];

    private static readonly InterviewAdvisor Advisor = InterviewAdvisor.Default;

    [Fact]
    public void Recommend_IsDeterministic() =>
        Generators.Scenario.Sample(
            s => Assert.Equal(InterviewJson.Write(Advisor.Recommend(s)), InterviewJson.Write(Advisor.Recommend(s))),
            iter: Iterations);

    [Fact]
    public void AddingARebuttedConcern_NeverLowersTheScore() =>
        Gen.Select(Generators.Scenario, Gen.Int[0, Rebutted.Length - 1]).Sample(
            t =>
            {
                var (s, i) = t;
                var concern = Rebutted[i];
                if (s.Has(concern))
                {
                    return;
                }

                var more = s.With(concerns: [.. s.Concerns, concern]);
                Assert.True(Advisor.Score(more).Score >= Advisor.Score(s).Score, $"adding {concern} lowered the score of {s}");
            },
            iter: Iterations);

    [Fact]
    public void AddingAConcreteRedFlag_NeverRaisesTheScore() =>
        Gen.Select(Generators.Scenario, Gen.Int[0, 3]).Sample(
            t =>
            {
                var (s, i) = t;
                var flag = Generators.ConcreteFlags[i];
                if (s.Has(flag))
                {
                    return;
                }

                // A rumour found to be true is a red flag known in detail: it moves from one list to the other.
                var more = s.With(redFlags: [.. s.RedFlags, flag], rumours: s.Rumours.Where(r => r != flag));
                Assert.True(Advisor.Score(more).Score <= Advisor.Score(s).Score, $"adding {flag} raised the score of {s}");
            },
            iter: Iterations);

    [Fact]
    public void AVeto_AlwaysDeclines() =>
        Generators.Scenario.Sample(
            s =>
            {
                var vetoed = s.Has(RedFlag.UntrustworthyLeadership) ? s : s.With(redFlags: [.. s.RedFlags, RedFlag.UntrustworthyLeadership], rumours: s.Rumours.Where(r => r != RedFlag.UntrustworthyLeadership));
                foreach (var aggregation in Aggregators.Names)
                {
                    var recommendation = InterviewAdvisor.Create(InterviewPolicy.ArticleDefault.WithAggregation(aggregation)).Recommend(vetoed);
                    Assert.Equal(Verdict.Decline, recommendation.Decision);
                    Assert.True(recommendation.Findings[0].Veto);
                }
            },
            iter: Iterations / 2);

    [Fact]
    public void Score_AgreesWithRecommend() =>
        Generators.Scenario.Sample(
            s =>
            {
                var full = Advisor.Recommend(s);
                Assert.Equal(new ScoreResult(full.Decision, full.Score, full.IsVetoed), Advisor.Score(s));
                Assert.Equal(full.Findings.Sum(f => f.Weight), full.Score, 9);
            },
            iter: Iterations);

    [Fact]
    public void ScenarioJson_RoundTrips() =>
        Generators.Scenario.Sample(
            s =>
            {
                var json = InterviewJson.Write(s);
                var again = InterviewJson.ReadScenario(json);
                Assert.Equal(s, again);
                Assert.Equal(json, InterviewJson.Write(again));
            },
            iter: Iterations);

    [Fact]
    public void RecommendationJson_IsStableThroughAScenarioRoundTrip() =>
        Generators.Scenario.Sample(
            s => Assert.Equal(InterviewJson.Write(Advisor.Recommend(s)), InterviewJson.Write(Advisor.Recommend(InterviewJson.ReadScenario(InterviewJson.Write(s))))),
            iter: Iterations);

    [Fact]
    public void NotNot_FiresExactlyWhenTheRuleFires()
    {
        var rules = ArticleRules.CreateDefaultRuleSet();
        var outer = new RuleDescriptor("outer", FindingKind.Reason, "Outer", "law", "0");
        var inner = new RuleDescriptor("inner", FindingKind.Reason, "Inner", "law", "0");
        Gen.Select(Generators.Scenario, Gen.Int[0, rules.Count - 1]).Sample(
            t =>
            {
                var (s, i) = t;
                var rule = rules[i];
                var twice = Rule.Not(Rule.Not(rule, inner, 0, "inner"), outer, 0, "outer");
                Assert.Equal(rule.Evaluate(s) is null, twice.Evaluate(s) is null);
            },
            iter: Iterations);
    }

    [Fact]
    public void AllOfOneRule_BehavesAsThatRule()
    {
        var rules = ArticleRules.CreateDefaultRuleSet();
        Gen.Select(Generators.Scenario, Gen.Int[0, rules.Count - 1]).Sample(
            t =>
            {
                var (s, i) = t;
                var rule = rules[i];
                var expected = rule.Evaluate(s);
                var actual = Rule.All(rule.Descriptor, rule).Evaluate(s);
                Assert.Equal(expected is null, actual is null);
                if (expected is not null)
                {
                    Assert.Equal((expected.RuleId, expected.Weight, expected.Veto, expected.Explanation), (actual!.RuleId, actual.Weight, actual.Veto, actual.Explanation));
                    Assert.Equal(expected.Evidence, actual.Evidence);
                }
            },
            iter: Iterations);
    }
}
