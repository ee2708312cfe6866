using System;
using System.Text.RegularExpressions;
using InterviewRules.Article;
using InterviewRules.Policies;
using Xunit;

namespace InterviewRules.Tests.Policies;

public class InterviewPolicyTests
{
    // Pinned: a change to article-default's content changes this, and hosts comparing fingerprints would notice.
    private const string ArticleDefaultFingerprint = "sha256:6983ae10c7dd237afaf2b59256f0f517a325b95b98ea156a80381e12a63bd132";

    [Fact]
    public void Steps_NeverComputeTheFingerprint_TheFinishedPolicyComputesItOnce()
    {
        var step = InterviewPolicy.ArticleDefault.WithThreshold(1).WithIdentity("campus", "2.0.0");
        var finished = step.WithRuleParameter("need-practice", "weight", 3).WithRuleEnabled("low-cost", false);
        Assert.False(step.IsIdentified);
        Assert.False(finished.IsIdentified);

        var fingerprint = finished.Fingerprint;

        Assert.True(finished.IsIdentified);
        Assert.False(step.IsIdentified);
        Assert.Same(finished.CanonicalJson, finished.CanonicalJson);
        Assert.Same(fingerprint, finished.Identity.Fingerprint);
        Assert.NotEqual(InterviewPolicy.ArticleDefault.Fingerprint, fingerprint);
    }

    [Fact]
    public void ArticleDefault_Fingerprint_IsPinned()
    {
        Assert.Equal(ArticleDefaultFingerprint, InterviewPolicy.ArticleDefault.Fingerprint);
        Assert.Matches(new Regex("^sha256:[0-9a-f]{64}$"), InterviewPolicy.ArticleDefault.Fingerprint);
    }

    [Fact]
    public void ArticleDefault_CanonicalJson_HasSortedKeysAndEveryParameter()
    {
        var json = InterviewPolicy.ArticleDefault.CanonicalJson;

        Assert.StartsWith("{\"aggregation\":\"weightedSumWithVeto\",\"customRules\":[],\"name\":\"article-default\",\"rules\":{\"concrete-red-flags\":{\"enabled\":true,\"weightPerFlag\":3}", json);
        Assert.Contains("\"low-cost\":{\"cheapTravelHoursAtMost\":1,\"cheapWeight\":0.5,\"enabled\":true,\"expensiveHoursAbove\":8,\"expensiveWeight\":3}", json);
        Assert.EndsWith("\"threshold\":0,\"version\":\"1.0.0\"}", json);
    }

    [Fact]
    public void Fingerprint_ChangesWithAnyWeight_AndComesBackWhenRestored()
    {
        var changed = InterviewPolicy.ArticleDefault.WithRuleParameter("networking", "weight", 2.5);
        var restored = changed.WithRuleParameter("networking", "weight", 2);

        Assert.NotEqual(InterviewPolicy.ArticleDefault.Fingerprint, changed.Fingerprint);
        Assert.Equal(InterviewPolicy.ArticleDefault.Fingerprint, restored.Fingerprint);
    }

    [Fact]
    public void Fingerprint_ChangesWhenARuleIsDisabled()
    {
        Assert.NotEqual(InterviewPolicy.ArticleDefault.Fingerprint, InterviewPolicy.ArticleDefault.WithRuleEnabled("low-cost", false).Fingerprint);
    }

    [Fact]
    public void WithRuleEnabled_False_RemovesTheRuleFromEvaluation()
    {
        var advisor = InterviewAdvisor.Create(InterviewPolicy.ArticleDefault.WithRuleEnabled("networking", false));

        var recommendation = advisor.Recommend(Some.Scenario());

        Assert.False(recommendation.Fired("networking"));
        Assert.Equal(10, advisor.Rules.Count);
    }

    [Fact]
    public void WithRuleParameter_ChangesTheFinding()
    {
        var advisor = InterviewAdvisor.Create(InterviewPolicy.ArticleDefault.WithRuleParameter("need-practice", "yearsOfExperienceBelow", 2).WithRuleParameter("need-practice", "weight", 3));

        Assert.False(advisor.Recommend(Some.Scenario(Some.Candidate(years: 2.5))).Fired("need-practice"));
        Assert.Equal(3, advisor.Recommend(Some.Scenario(Some.Candidate(years: 1.5))).FindingFor("need-practice")!.Weight);
        Assert.Equal(advisor.Policy, advisor.Recommend(Some.Scenario()).Policy);
    }

    [Fact]
    public void WithOptions_SetsTheParameters_AsTheSameValuesByNameWould()
    {
        var byOptions = InterviewPolicy.ArticleDefault
            .With(new NeedPracticeOptions { Weight = 3, YearsOfExperienceBelow = 2 })
            .With(new PlanBOptions { OtherOpportunitiesBelow = 4 })
            .With(new LowCostOptions { CheapWeight = 0.5, ExpensiveHoursAbove = 30 })
            .With(ArticleRules.NetworkingId, new RuleWeightOptions { Weight = 3 })
            .With(ArticleRules.ConcreteRedFlagsId, new RuleWeightOptions { Weight = 1.5 });
        var byName = InterviewPolicy.ArticleDefault
            .WithRuleParameter("need-practice", "weight", 3).WithRuleParameter("need-practice", "yearsOfExperienceBelow", 2)
            .WithRuleParameter("plan-b", "otherOpportunitiesBelow", 4)
            .WithRuleParameter("low-cost", "cheapWeight", 0.5).WithRuleParameter("low-cost", "expensiveHoursAbove", 30)
            .WithRuleParameter("networking", "weight", 3)
            .WithRuleParameter("concrete-red-flags", "weightPerFlag", 1.5);

        Assert.Equal(byName.Fingerprint, byOptions.Fingerprint);
        Assert.Equal(2, byOptions.GetParameter("need-practice", "yearsOfExperienceBelow"));
        Assert.Equal(2, byOptions.GetParameter("need-practice", "interviewsInLastYearBelow"));
        Assert.Equal(3, InterviewAdvisor.Create(byOptions).Recommend(Some.Scenario(Some.Candidate(years: 1.5))).FindingFor("need-practice")!.Weight);
        Assert.Equal(
            InterviewPolicy.ArticleDefault.Fingerprint,
            byOptions.With(ArticleRules.NetworkingId, new RuleWeightOptions()).With(ArticleRules.ConcreteRedFlagsId, new RuleWeightOptions())
                .With(new NeedPracticeOptions()).With(new PlanBOptions()).With(new LowCostOptions()).Fingerprint);
    }

    [Fact]
    public void WithOptions_KeepsARuleDisabled()
    {
        var policy = InterviewPolicy.ArticleDefault.WithRuleEnabled("low-cost", false).With(new LowCostOptions { CheapWeight = 2 });

        Assert.False(policy.IsEnabled("low-cost"));
        Assert.Equal(2, policy.GetParameter("low-cost", "cheapWeight"));
    }

    [Fact]
    public void WithOptions_OutOfRange_NamesEveryProblemAtOnce()
    {
        var ex = Assert.Throws<ArgumentException>(() => InterviewPolicy.ArticleDefault.With(new NeedPracticeOptions { Weight = 101, YearsOfExperienceBelow = -1 }));

        Assert.Equal("options", ex.ParamName);
        Assert.Contains("need-practice.weight is 101; it must be between 0 and 100", ex.Message);
        Assert.Contains("need-practice.yearsOfExperienceBelow is -1", ex.Message);
    }

    [Fact]
    public void WithWeightOptions_OnARuleWithMoreThanAWeight_Refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => InterviewPolicy.ArticleDefault.With("plan-b", new RuleWeightOptions { Weight = 1 }));

        Assert.Equal("ruleId", ex.ParamName);
        Assert.Contains("plan-b\" has more than a weight (weight, otherOpportunitiesBelow)", ex.Message);
        Assert.Contains("no rule \"nope\"", Assert.Throws<ArgumentException>(() => InterviewPolicy.ArticleDefault.With("nope", new RuleWeightOptions())).Message);
    }

    [Fact]
    public void WithRuleParameter_UnknownRule_ListsTheRules()
    {
        var ex = Assert.Throws<ArgumentException>(() => InterviewPolicy.ArticleDefault.WithRuleParameter("nope", "weight", 1));
        Assert.Contains("no rule \"nope\"", ex.Message);
    }

    [Fact]
    public void WithRuleParameter_UnknownParameter_ListsTheParameters()
    {
        var ex = Assert.Throws<ArgumentException>(() => InterviewPolicy.ArticleDefault.WithRuleParameter("low-cost", "weight", 1));
        Assert.Contains("low-cost has no parameter \"weight\"; its parameters are cheapWeight, expensiveWeight, cheapTravelHoursAtMost, expensiveHoursAbove.", ex.Message);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void WithRuleParameter_OutOfRange_NamesRuleParameterValueAndRange(double value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => InterviewPolicy.ArticleDefault.WithRuleParameter("networking", "weight", value));
        Assert.Contains("networking.weight is", ex.Message);
        Assert.Contains("it must be between 0 and 100", ex.Message);
    }

    [Fact]
    public void WithAggregation_Unknown_ListsTheShippedOnes()
    {
        var ex = Assert.Throws<ArgumentException>(() => InterviewPolicy.ArticleDefault.WithAggregation("majority"));
        Assert.Contains("weightedSumWithVeto, strongestFinding", ex.Message);
    }
}
