using System;
using System.Collections.Generic;
using System.Linq;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Policies;
using InterviewRules.PolicyLoop;
using Xunit;

namespace InterviewRules.Tests.PolicyLoop;

public class PolicyComparisonTests
{
    private static List<InterviewScenario> Corpus(InterviewPolicy policy, int count = 4000, int seed = 11) => [.. PolicySamples.Generate(policy, count, seed)];

    [Fact]
    public void Compare_DisablingAFixedWeightRule_FlipsExactlyTheUnvetoedAcceptsScoringAtMostItsWeight()
    {
        var corpus = Corpus(InterviewPolicy.ArticleDefault);
        var draft = InterviewPolicy.ArticleDefault.WithRuleEnabled(ArticleRules.NetworkingId, false);

        // Computed independently of the comparison: networking always fires with +2, so without it an accept
        // (score > 0) becomes a decline exactly when its score is at most 2, unless a veto already declined it.
        var expected = corpus
            .Select((s, i) => (Index: i, Result: InterviewAdvisor.Default.Score(s)))
            .Where(r => r.Result.Decision == Verdict.Accept && !r.Result.IsVetoed && r.Result.Score <= 2)
            .Select(r => r.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        var comparison = PolicyComparison.Compare(InterviewPolicy.ArticleDefault, draft, corpus);
        var changes = comparison.ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, changes.Select(c => c.Scenario));
        Assert.All(changes, c => Assert.Equal((Verdict.Accept, Verdict.Decline), (c.From, c.To)));
        Assert.Equal(corpus.Count, comparison.Totals.Scenarios);
        Assert.Equal((0L, (long)expected.Count), (comparison.Totals.ToAccept, comparison.Totals.ToDecline));
        Assert.Equal([new KeyValuePair<string, long>("networking", expected.Count)], comparison.Totals.ByRule);
        Assert.Equal((-2.0, -2.0, -2.0), (comparison.Totals.ScoreShift.Min, comparison.Totals.ScoreShift.Max, comparison.Totals.ScoreShift.Mean));
        Assert.All(changes, c => Assert.Equal("networking no longer fires: it is disabled in the new policy.", c.Reason));
    }

    [Theory]
    [InlineData("campus-board")]
    [InlineData("executive-search")]
    public void Compare_EveryFlipsReason_NamesEachRuleBehindIt(string policy)
    {
        var draft = InterviewJson.ReadPolicy(System.IO.File.ReadAllBytes(System.IO.Path.Combine(PolicyLoopCli.PoliciesFolder, policy + ".json")));
        var changes = PolicyComparison.Compare(InterviewPolicy.ArticleDefault, draft, Corpus(draft)).ToList();

        Assert.NotEmpty(changes);
        Assert.All(changes, c =>
        {
            Assert.True(c.RuleIds.Count > 0 || c.Reason.Contains("threshold", StringComparison.Ordinal), c.ToString());
            Assert.All(c.RuleIds, id => Assert.Contains(id, c.Reason, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Compare_LoweringAThreshold_SaysWhichParameterMovedAndWhereTheScenarioLies()
    {
        var draft = InterviewPolicy.ArticleDefault.With(new NeedPracticeOptions { YearsOfExperienceBelow = 2 });
        var scenario = Some.Scenario(candidate: Some.Candidate(years: 2.5, interviews: 5), opportunity: Some.Opportunity(format: InterviewFormat.OnSite, travel: 6, duration: 3));
        Assert.Equal(Verdict.Accept, InterviewAdvisor.Default.Score(scenario).Decision);

        var change = Assert.Single(PolicyComparison.Compare(InterviewPolicy.ArticleDefault, draft, [scenario]));

        Assert.Equal(["need-practice"], change.RuleIds);
        Assert.Equal("need-practice no longer fires: yearsOfExperienceBelow 3 → 2, and this scenario has candidate.yearsOfExperience 2.5.", change.Reason);
    }

    [Fact]
    public void Compare_RaisingTheThreshold_NamesItInTheReason()
    {
        var draft = InterviewPolicy.ArticleDefault.WithThreshold(5);
        var changes = PolicyComparison.Compare(InterviewPolicy.ArticleDefault, draft, Corpus(InterviewPolicy.ArticleDefault, 500)).ToList();

        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.StartsWith("the threshold 0 → 5, and the score goes from", c.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Totals_BeforeTheEnd_Throw_AndASecondEnumerationIsRefused()
    {
        var comparison = PolicyComparison.Compare(InterviewPolicy.ArticleDefault, InterviewPolicy.ArticleDefault, [Some.Scenario()]);
        Assert.Throws<InvalidOperationException>(() => comparison.Totals);
        Assert.Empty(comparison);
        Assert.Equal(1, comparison.Totals.Scenarios);
        Assert.Throws<InvalidOperationException>(() => comparison.GetEnumerator());
    }

    [Fact]
    public void Compare_Streams_ReadingEachScenarioOnlyWhenTheLastChangeIsTaken()
    {
        var read = 0;
        IEnumerable<InterviewScenario> Endless()
        {
            while (true)
            {
                read++;
                yield return Some.Scenario(candidate: Some.Candidate(years: 2.5, interviews: 5), opportunity: Some.Opportunity(format: InterviewFormat.OnSite, travel: 6, duration: 3));
            }
        }

        var draft = InterviewPolicy.ArticleDefault.With(new NeedPracticeOptions { YearsOfExperienceBelow = 2 });
        var first = PolicyComparison.Compare(InterviewPolicy.ArticleDefault, draft, Endless()).Take(3).ToList();

        Assert.Equal(3, first.Count);
        Assert.Equal(3, read);
    }
}
