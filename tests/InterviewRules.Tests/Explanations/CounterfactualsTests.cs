using System.Collections.Generic;
using System.Linq;
using InterviewRules.Engine;
using InterviewRules.Explanations;
using InterviewRules.Rendering;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace InterviewRules.Tests.Explanations;

public class CounterfactualsTests
{
    [Theory]
    [InlineData(997, true)]
    [InlineData(998, false)]
    [InlineData(1000, false)]
    public void MoreOpportunities_IsOffered_OnlyWhileTheFactTableAllowsThreeMore(int others, bool offered)
    {
        var scenario = Some.Scenario(Some.Candidate(others: others));

        Assert.Equal(offered, Counterfactuals.Catalogue(scenario).Any(edit => edit.Id == "more-opportunities"));
    }

    public static IEnumerable<object[]> Names => Examples.Names();

    private static InterviewScenario Example(string name) => InterviewJson.ReadScenario(Examples.ScenarioBytes(name));

    [Fact]
    public void LongTripNotLooking_VideoWouldFlipIt_AsTheIssueSays()
    {
        var scenario = Example("13-long-trip-not-looking");

        var first = InterviewAdvisor.Default.Counterfactuals(scenario)[0];

        Assert.Equal(["video"], first.Edits);
        Assert.Equal(Verdict.Accept, first.Decision);
        Assert.Equal(2.5, first.Score);
        Assert.Equal(["low-cost"], first.ChangedRuleIds);
        Assert.True(first.IsStep);
        Assert.Equal("Something you can do: if you asked for a video call instead and they agreed, the advice would be to take it (score +2.5).", first.GetText(null));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryCounterfactual_ReallyFlipsTheDecisionWhenApplied(string name)
    {
        var scenario = Example(name);
        var advisor = InterviewAdvisor.Default;
        var original = advisor.Recommend(scenario).Decision;

        var counterfactuals = advisor.Counterfactuals(scenario);

        Assert.True(counterfactuals.Count <= 3);
        foreach (var counterfactual in counterfactuals)
        {
            var catalogue = Counterfactuals.Catalogue(scenario);
            var applied = counterfactual.Edits.Aggregate(scenario, (s, id) => catalogue.Single(e => e.Id == id).Apply(s));
            var after = advisor.Recommend(applied);
            Assert.NotEqual(original, after.Decision);
            Assert.Equal(counterfactual.Decision, after.Decision);
            Assert.Equal(counterfactual.Score, after.Score);
            Assert.Equal(counterfactual.Scenario, applied);
        }

        Assert.Equal(counterfactuals.Select(c => c.Cost), counterfactuals.Select(c => c.Cost).Order());
    }

    [Fact]
    public void Veto_OnlyLearningTheFlagIsUnfoundedFlipsIt()
    {
        var counterfactuals = InterviewAdvisor.Default.Counterfactuals(Example("07-untrustworthy-leadership-veto"));

        Assert.Equal("unfounded:untrustworthyLeadership", Assert.Single(counterfactuals).Edits.Single());
    }

    [Fact]
    public void FourConcreteFlags_OnlyThePictureProvingWrongAsAWholeFlipsIt()
    {
        // Learning that two of the four flags are unfounded still leaves -3.5: one source proving wrong about all of them is the one edit that reaches an accept.
        var counterfactual = Assert.Single(InterviewAdvisor.Default.Counterfactuals(Example("05-detailed-red-flags")));

        Assert.Equal(["unfounded:all"], counterfactual.Edits);
        Assert.False(counterfactual.IsStep);
        Assert.StartsWith("If things were different: if everything you know against this employer turned out to be wrong", counterfactual.GetText(null));
    }

    [Fact]
    public void NothingInTheCatalogueFlipsIt_SaidPlainly()
    {
        // A policy whose threshold no catalogued change can reach.
        var advisor = InterviewAdvisor.Create(InterviewRules.Policies.InterviewPolicy.ArticleDefault.WithThreshold(50));
        var scenario = Example("11-fear-of-rejection");

        Assert.Empty(advisor.Counterfactuals(scenario));
        Assert.Contains(Counterfactuals.GetNoneText(null), Renderers.Text.Render(advisor.Recommend(scenario), []));
        Assert.Contains("\"counterfactuals\": []", InterviewJson.Write(advisor.Recommend(scenario), []));
    }

    [Fact]
    public void Find_IsDeterministic()
    {
        var scenario = Example("14-all-day-video-assessment");

        var first = InterviewAdvisor.Default.Counterfactuals(scenario).Select(c => c.GetText(null)).ToArray();
        var second = InterviewAdvisor.Default.Counterfactuals(scenario).Select(c => c.GetText(null)).ToArray();

        Assert.Equal(first, second);
        Assert.NotEmpty(first);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_MarkdownWithCounterfactuals_MatchesSnapshot(string name)
    {
        var scenario = Example(name);
        var recommendation = InterviewAdvisor.Default.Recommend(scenario);

        Snapshot.Match(Renderers.Markdown.Render(recommendation, InterviewAdvisor.Default.Counterfactuals(scenario)), SnapshotNameExtension.Create(name, "md"));
    }

    [Fact]
    public void Markdown_HasHeadlineSectionsAndCitations()
    {
        var scenario = Example("13-long-trip-not-looking");

        var markdown = Renderers.Markdown.Render(InterviewAdvisor.Default.Recommend(scenario), InterviewAdvisor.Default.Counterfactuals(scenario));

        Assert.StartsWith("**Decline the interview.** Score -1 (policy `article-default` 1.0.0).", markdown);
        Assert.Contains("### What speaks against it", markdown);
        Assert.True(markdown.IndexOf("### What speaks against it", System.StringComparison.Ordinal) < markdown.IndexOf("### What speaks for taking it", System.StringComparison.Ordinal), "a decline puts what speaks against it first");
        Assert.Contains("(+2, _§3 Networking Is Good_)", markdown);
        Assert.Contains("### What would change it\n\n- Something you can do: if you asked for a video call instead and they agreed, the advice would be to take it (score +2.5).", markdown);
    }

    [Fact]
    public void Renderers_ByName()
    {
        Assert.Equal(["text", "markdown", "json", "svg"], Renderers.Names);
        Assert.True(Renderers.TryGet("markdown", out var markdown));
        Assert.Same(Renderers.Markdown, markdown);
        Assert.False(Renderers.TryGet("yaml", out _));
    }
}
