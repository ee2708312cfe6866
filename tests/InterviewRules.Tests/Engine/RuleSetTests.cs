using System;
using System.Linq;
using InterviewRules.Article;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests.Engine;

public class RuleSetTests
{
    [Fact]
    public void Builder_DuplicateId_ThrowsNamingIt()
    {
        var builder = RuleSet<InterviewScenario>.CreateBuilder().Add(ArticleRules.Networking());

        var ex = Assert.Throws<ArgumentException>(() => builder.Add(ArticleRules.Networking(new RuleWeightOptions { Weight = 1 })));
        Assert.Contains("\"networking\" is already in the rule set", ex.Message);
    }

    [Fact]
    public void Builder_AddAfterBuild_ThrowsAndSaysWhy()
    {
        var builder = RuleSet<InterviewScenario>.CreateBuilder().Add(ArticleRules.Networking());
        builder.Build();

        var ex = Assert.Throws<InvalidOperationException>(() => builder.Add(ArticleRules.LowCost()));
        Assert.Contains("already built", ex.Message);
    }

    [Fact]
    public void Default_HasTheElevenIdsInArticleOrder()
    {
        var ids = ArticleRules.CreateDefaultRuleSet().Select(r => r.Descriptor.Id);

        Assert.Equal(
            ["need-practice", "plan-b", "networking", "sharpen-instincts", "unknown-wants", "leading-on", "too-busy", "fear-of-rejection", "concrete-red-flags", "untrustworthy-people", "low-cost"],
            ids);
    }

    [Fact]
    public void Without_DisablesOneRule_LeavesOriginalUntouched()
    {
        var all = ArticleRules.CreateDefaultRuleSet();

        var fewer = all.Without("networking");

        Assert.Equal(10, fewer.Count);
        Assert.False(fewer.Contains("networking"));
        Assert.Equal(11, all.Count);
    }

    [Fact]
    public void Without_UnknownId_ListsTheRules()
    {
        var ex = Assert.Throws<ArgumentException>(() => ArticleRules.CreateDefaultRuleSet().Without("nope"));
        Assert.Contains("no rule \"nope\"", ex.Message);
        Assert.Contains("need-practice", ex.Message);
    }

    [Fact]
    public void Replace_ReweightsInPlace()
    {
        var rules = ArticleRules.CreateDefaultRuleSet().Replace("networking", r => Rule.Scale(r, 0.5));
        var advisor = new InterviewAdvisor(new Evaluator<InterviewScenario>(rules), InterviewAdvisor.Default.Policy);

        var recommendation = advisor.Recommend(Some.Scenario());

        Assert.Equal(1, recommendation.FindingFor("networking")!.Weight);
        Assert.Equal(2, rules.ToList().FindIndex(r => r.Descriptor.Id == "networking"));
    }
}
