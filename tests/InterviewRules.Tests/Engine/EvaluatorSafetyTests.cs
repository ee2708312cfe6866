using System;
using System.Linq;
using InterviewRules.Article;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests.Engine;

/// <summary>Re-entrant evaluation and weights that could break a sum: NaN, infinities, magnitudes over 1e6.</summary>
public class EvaluatorSafetyTests
{
    private static readonly RuleDescriptor Nested = new("ask-default", FindingKind.Reason, "Asks the default advisor", "test", "+1");

    [Fact]
    public void Evaluate_RuleEvaluatesAnotherAdvisorOnTheSameThread_OuterResultUnchanged()
    {
        var scenario = Some.Scenario(Some.Candidate(years: 1), concerns: [Concern.NotInterested, Concern.TooBusy]);
        var expected = InterviewAdvisor.Default.Recommend(scenario);

        // The predicate recommends (and reads every finding) with the default advisor while the outer evaluation runs.
        var reentrant = Rule.When<InterviewScenario>(
            Nested,
            s => InterviewAdvisor.Default.Recommend(s).Findings.Count > 0 && InterviewAdvisor.Default.Score(s).IsComplete,
            1,
            "The nested evaluation found something.");
        var advisor = new InterviewAdvisor(new Evaluator<InterviewScenario>(RuleSet<InterviewScenario>.Create([reentrant, .. ArticleRules.CreateDefaultRuleSet()])), InterviewAdvisor.Default.Policy);

        var outer = advisor.Recommend(scenario);

        Assert.Equal(expected.FiredRuleIds.Append("ask-default").Order(StringComparer.Ordinal), outer.FiredRuleIds.Order(StringComparer.Ordinal));
        Assert.Equal(outer.FiredRuleIds.Count, outer.FiredRuleIds.Distinct().Count());
        Assert.Equal(expected.Score + 1, outer.Score);
        Assert.Equal(expected.FiredRuleIds.Count + 1, outer.Findings.Count);
        Assert.True(outer.IsComplete);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Evaluate_PlannedWeightNotFinite_IsThatRulesFailure(double weight)
    {
        var advisor = new InterviewAdvisor(new Evaluator<InterviewScenario>(RuleSet<InterviewScenario>.Create(new FixedWeightRule("broken", weight), ArticleRules.Networking())), InterviewAdvisor.Default.Policy);

        var recommendation = advisor.Recommend(Some.Scenario());
        var score = advisor.Score(Some.Scenario());

        var failure = Assert.Single(recommendation.Failures);
        Assert.Equal("broken", failure.RuleId);
        Assert.False(recommendation.IsComplete);
        Assert.True(double.IsFinite(recommendation.Score));
        Assert.Equal(2, recommendation.Score);
        Assert.Equal(["networking"], recommendation.FiredRuleIds);
        Assert.False(score.IsComplete);
        Assert.Equal(2, score.Score);
        Assert.Contains("\"failures\"", InterviewJson.Write(recommendation));
    }

    [Fact]
    public void Evaluate_TwoHugeCodeRules_EachFails_NoInfiniteSum()
    {
        var huge = RuleSet<InterviewScenario>.Create(
            Rule.When<InterviewScenario>(new RuleDescriptor("huge-one", FindingKind.Reason, "Huge", "test", "+1e308"), _ => true, 1e308, "Huge."),
            Rule.When<InterviewScenario>(new RuleDescriptor("huge-two", FindingKind.Reason, "Huge", "test", "+1e308"), _ => true, 1e308, "Huge."));
        var advisor = new InterviewAdvisor(new Evaluator<InterviewScenario>(huge), InterviewAdvisor.Default.Policy);

        var recommendation = advisor.Recommend(Some.Scenario());

        Assert.Equal(["huge-one", "huge-two"], recommendation.Failures.Select(f => f.RuleId));
        Assert.Contains("between -1000000 and 1000000", recommendation.Failures[0].Message);
        Assert.Equal(0, recommendation.Score);
        Assert.Equal(Verdict.Decline, recommendation.Decision);
        Assert.Contains("\"score\": 0", InterviewJson.Write(recommendation));
    }

    [Fact]
    public void Evaluate_WeightExactlyAtTheLimit_IsAccepted()
    {
        var advisor = new InterviewAdvisor(new Evaluator<InterviewScenario>(RuleSet<InterviewScenario>.Create(new FixedWeightRule("limit", -1e6))), InterviewAdvisor.Default.Policy);

        var recommendation = advisor.Recommend(Some.Scenario());

        Assert.True(recommendation.IsComplete);
        Assert.Equal(-1e6, recommendation.Score);
    }

    [Fact]
    public void FailFast_WeightOverTheLimit_ThrowsNamingTheRule()
    {
        var advisor = new InterviewAdvisor(new Evaluator<InterviewScenario>(RuleSet<InterviewScenario>.Create(new FixedWeightRule("too-big", 1e6 + 1)), failFast: true), InterviewAdvisor.Default.Policy);

        var ex = Assert.Throws<RuleEvaluationException>(() => advisor.Score(Some.Scenario()));

        Assert.Equal("too-big", ex.RuleId);
    }

    [Fact]
    public void Findings_ReadAfterEvaluation_NeverRunsARuleAgain()
    {
        var counting = new CountingRule();
        var advisor = new InterviewAdvisor(new Evaluator<InterviewScenario>(RuleSet<InterviewScenario>.Create([counting, .. ArticleRules.CreateDefaultRuleSet()])), InterviewAdvisor.Default.Policy);

        var recommendation = advisor.Recommend(Some.Scenario());
        _ = recommendation.Findings.Select(f => f.Explanation).ToList();
        _ = recommendation.Advice;

        Assert.Equal(1, counting.Calls);
    }

    /// <summary>A planned rule (the kind the advisor calls directly) that always fires with one weight.</summary>
    private sealed class FixedWeightRule(string id, double weight) : PlannedRule<InterviewScenario>
    {
        public override RuleDescriptor Descriptor { get; } = new(id, FindingKind.Reason, "Fixed", "test", "fixed");

        public override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision)
        {
            decision = new RuleDecision(weight, false);
            return true;
        }

        public override Finding Describe(InterviewScenario facts, in RuleDecision decision) => new(Descriptor, decision.Weight, false, Array.Empty<Evidence>(), "Fixed.");
    }

    private sealed class CountingRule : IRule<InterviewScenario>
    {
        public int Calls;

        public RuleDescriptor Descriptor { get; } = new("counting", FindingKind.Reason, "Counting", "test", "+1");

        public Finding? Evaluate(InterviewScenario facts)
        {
            Calls++;
            return new Finding(Descriptor, 1, false, [], "Counted.");
        }
    }
}
