using System.Linq;
using InterviewRules.Engine;
using InterviewRules.Rendering;
using Xunit;

namespace InterviewRules.Tests.Engine;

public class EvaluatorTests
{
    [Fact]
    public void Evaluate_OrdersVetoesThenAbsoluteWeightThenId()
    {
        var scenario = Some.Scenario(
            Some.Candidate(years: 1, interviews: 0, looking: true),
            Some.Opportunity(format: InterviewFormat.Video),
            [Concern.TooBusy, Concern.FearOfRejection],
            [RedFlag.HighTurnover, RedFlag.HostileCulture, RedFlag.UntrustworthyLeadership]);

        var ids = InterviewAdvisor.Default.Recommend(scenario).Findings.Select(f => f.RuleId);

        Assert.Equal(["untrustworthy-people", "concrete-red-flags", "need-practice", "networking", "plan-b", "fear-of-rejection", "low-cost", "too-busy"], ids);
    }

    [Fact]
    public void Evaluate_SameScenarioTwice_GivesEqualResults()
    {
        var scenario = Some.With(Concern.NotInterested, Concern.FearOfLeadingOn);

        var first = InterviewAdvisor.Default.Recommend(scenario);
        var second = InterviewAdvisor.Default.Recommend(scenario);

        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(InterviewJson.Write(first), InterviewJson.Write(second));
    }

    [Fact]
    public void Evaluate_NoRules_DeclinesWithScoreZero()
    {
        // The evaluator's own loop, not the advisor (whose plan would run an empty rule set without it).
        var evaluator = new Evaluator<InterviewScenario>(RuleSet<InterviewScenario>.Empty);

        var recommendation = new Recommendation(evaluator.Evaluate(Some.Scenario()), InterviewAdvisor.Default.Policy);

        Assert.Empty(recommendation.Findings);
        Assert.Equal(0, recommendation.Score);
        Assert.Equal(Verdict.Decline, recommendation.Decision);
    }

    [Fact]
    public void Recommendation_Advice_IsDistinctAndInFindingOrder()
    {
        var recommendation = InterviewAdvisor.Default.Recommend(Some.With(Concern.FearOfLeadingOn, Concern.NotInterested));

        // The findings' advice in finding order (unknown-wants, then leading-on's three), then the accept's own.
        Assert.Equal(5, recommendation.Advice.Count);
        Assert.StartsWith("Use the interview", recommendation.Advice[0]);
        Assert.StartsWith("If you decide against the job", recommendation.Advice[1]);
        Assert.StartsWith("Whatever you decide afterwards", recommendation.Advice[4]);
        Assert.Equal(recommendation.Advice.Distinct().Count(), recommendation.Advice.Count);
    }

    [Fact]
    public void Recommendation_TextRendering_HasDecisionFindingsAndAdvice()
    {
        var text = Renderers.Render("text", InterviewAdvisor.Default.Recommend(Some.With(Concern.FearOfLeadingOn)));

        Assert.StartsWith("Take the interview (accept, score +2.5, policy article-default 1.0.0)", text);
        Assert.Contains("- Networking is good [networking, +2, §3 Networking Is Good]", text);
        Assert.Contains("Advice:\n- If you decide against the job", text);
    }
}
