using InterviewRules.Engine;
using InterviewRules.Policies;
using Xunit;

namespace InterviewRules.Tests.Engine;

public class AggregatorsTests
{
    private static readonly InterviewScenario OneFlagStrongReasons = Some.Scenario(
        Some.Candidate(years: 1, interviews: 1, looking: true, others: 1),
        Some.Opportunity(format: InterviewFormat.Video),
        redFlags: [RedFlag.HighTurnover]);

    [Fact]
    public void WeightedSum_OneFlagAgainstStrongReasons_Accepts()
    {
        var recommendation = InterviewAdvisor.Default.Recommend(OneFlagStrongReasons);

        Assert.Equal(Verdict.Accept, recommendation.Decision);
        Assert.Equal(3.5, recommendation.Score);
    }

    [Fact]
    public void StrongestFinding_SameScenario_DeclinesOnTheHeaviestFinding()
    {
        var advisor = InterviewAdvisor.Create(InterviewPolicy.ArticleDefault.WithAggregation("strongestFinding"));

        var recommendation = advisor.Recommend(OneFlagStrongReasons);

        Assert.Equal(Verdict.Decline, recommendation.Decision);
        Assert.Equal(3.5, recommendation.Score);
        Assert.Equal("concrete-red-flags", recommendation.Findings[0].RuleId);
        Assert.Equal("strongestFinding", recommendation.Aggregation);
    }

    [Fact]
    public void WeightedSum_ScoreExactlyAtThreshold_Declines()
    {
        // networking +2 and low-cost +0.5 land exactly on the raised threshold.
        var policy = InterviewPolicy.ArticleDefault.WithThreshold(2.5);
        var scenario = Some.Scenario(opportunity: Some.Opportunity(format: InterviewFormat.Video));

        var recommendation = InterviewAdvisor.Create(policy).Recommend(scenario);

        Assert.Equal(2.5, recommendation.Score);
        Assert.Equal(Verdict.Decline, recommendation.Decision);
    }

    [Fact]
    public void Veto_DeclinesWhateverTheScore_AndComesFirst()
    {
        var scenario = Some.Scenario(
            Some.Candidate(years: 0, interviews: 0, looking: true),
            Some.Opportunity(format: InterviewFormat.Video),
            [Concern.NotInterested, Concern.FearOfRejection, Concern.TooBusy],
            [RedFlag.UntrustworthyLeadership]);

        foreach (var name in Aggregators.Names)
        {
            Assert.True(Aggregators.TryGet(name, out var aggregator));
            var recommendation = InterviewAdvisor.Create(InterviewPolicy.ArticleDefault.WithAggregation(name)).Recommend(scenario);
            Assert.Equal(Verdict.Decline, recommendation.Decision);
            Assert.True(recommendation.Score > 0);
            Assert.True(recommendation.IsVetoed);
            Assert.Equal("untrustworthy-people", recommendation.Findings[0].RuleId);
            Assert.Equal(name, aggregator.Name);
        }
    }

    [Fact]
    public void TryGet_UnknownName_ReturnsFalse() => Assert.False(Aggregators.TryGet("majority", out _));
}
