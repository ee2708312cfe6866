using System.Collections.Generic;
using System.Linq;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests;

public class ExplanationTests
{
    public static IEnumerable<object[]> Names => Examples.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryFinding_ExplanationMentionsItsNumericAndTextEvidence(string name)
    {
        var recommendation = InterviewAdvisor.Default.Recommend(InterviewJson.ReadScenario(Examples.ScenarioBytes(name)));

        foreach (var finding in recommendation.Findings)
        {
            Assert.False(string.IsNullOrWhiteSpace(finding.Explanation));
            foreach (var evidence in finding.Evidence)
            {
                if (evidence.Value.Kind == FactValueKind.Number && evidence.Value.Number == 0)
                {
                    // Zero reads better in words: "no interview", "no travel", "0 other opportunities".
                    Assert.Matches(@"\b(no|0)\b", finding.Explanation);
                }
                else if (evidence.Value.Kind == FactValueKind.Number)
                {
                    Assert.Contains(evidence.Value.ToString(), finding.Explanation);
                }
                else if (evidence.Fact == "opportunity.industry" && evidence.Value.Text is { } industry)
                {
                    Assert.Contains(industry, finding.Explanation);
                }
            }
        }
    }

    [Fact]
    public void Explanations_DoNotCopyTheArticlesSentences()
    {
        // A handful of the article's own phrases that a lazy paraphrase would keep verbatim.
        string[] verbatim =
        [
            "interviewing is a skill that needs to be sharpened",
            "if you put all your eggs in one basket, they'll all break when it falls",
            "Professional contact with an ever-expanding network is the best job security",
            "taking milk out of the fridge and sniffing it",
            "kindergarteners don't know they exist",
            "Any company that would get mad at a polite, professional decline is a bullet dodged",
            "Every 'no' gets you closer to a 'yes!'",
            "You have virtually nothing to lose except a little time",
        ];
        var everything = Some.Scenario(
            Some.Candidate(years: 1, interviews: 0, looking: true),
            Some.Opportunity(format: InterviewFormat.Video, travel: 0, duration: 9, industry: "finance"),
            [Concern.NotInterested, Concern.WrongIndustry, Concern.VagueBadFeeling, Concern.FearOfLeadingOn, Concern.TooBusy, Concern.FearOfRejection, Concern.WaitingOnFirstChoice]);
        var texts = InterviewAdvisor.Default.Recommend(everything).Findings.Select(f => f.Explanation)
            .Concat(InterviewAdvisor.Default.Recommend(Some.WithFlags(RedFlag.HighTurnover, RedFlag.UntrustworthyLeadership)).Findings.Select(f => f.Explanation))
            .ToList();

        Assert.True(texts.Count >= 10);
        Assert.All(verbatim, phrase => Assert.All(texts, t => Assert.DoesNotContain(phrase, t, System.StringComparison.OrdinalIgnoreCase)));
    }
}
