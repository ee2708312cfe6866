using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Explanations;
using InterviewRules.Localization;
using InterviewRules.Rendering;
using InterviewRules.Tests.Localization;
using Xunit;

namespace InterviewRules.Tests.Explanations;

/// <summary>
/// Explanations a candidate can act on: for and against apart, the cost rule titled by the half that held,
/// counterfactuals in both directions that say whether they are a step or a circumstance, never an identifier in a
/// text for people, and advice on every decision.
/// </summary>
public class ActionableExplanationsTests
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-MX");
    private static readonly InterviewAdvisor Advisor = InterviewAdvisor.Default;

    public static IEnumerable<object[]> Names => Examples.Names();

    /// <summary>Every contract name a person should never read: concerns, red flags, interviewers, formats.</summary>
    private static readonly string[] Identifiers =
        Enum.GetValues<Concern>().Select(v => JsonName(v.ToString()))
            .Concat(Enum.GetValues<RedFlag>().Select(v => JsonName(v.ToString())))
            .Concat(["hiringManager", "departmentHead", "onSite"])
            .ToArray();

    private static InterviewScenario Example(string name) => InterviewJson.ReadScenario(Examples.ScenarioBytes(name));

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryExample_HasACounterfactualTowardTheOtherDecision_ThatReallyFlipsIt(string name)
    {
        var scenario = Example(name);
        var before = Advisor.Recommend(scenario);

        var counterfactuals = Advisor.Counterfactuals(scenario);

        Assert.NotEmpty(counterfactuals);
        foreach (var counterfactual in counterfactuals)
        {
            var after = Advisor.Recommend(counterfactual.Scenario);
            Assert.NotEqual(before.Decision, counterfactual.Decision);
            Assert.Equal(counterfactual.Decision, after.Decision);
            Assert.Equal(counterfactual.Score, after.Score);
        }
    }

    [Fact]
    public void EveryCounterfactual_OfEveryVariant_ArguesForTheFlip_AndNeverMovesTheScoreAway()
    {
        var scenarios = LocalizationTests.EveryVariant().Concat(Examples.Names().Select(n => Example((string)n[0])));
        foreach (var scenario in scenarios)
        {
            var before = Advisor.Score(scenario);
            foreach (var counterfactual in Advisor.Counterfactuals(scenario))
            {
                var toAccept = counterfactual.Decision == Verdict.Accept;
                foreach (var id in counterfactual.Edits)
                {
                    var alone = Advisor.Score(Counterfactuals.Catalogue(scenario).Single(e => e.Id == id).Apply(scenario));
                    Assert.True(toAccept ? alone.Score >= before.Score : alone.Score <= before.Score, $"{scenario}: {id} moves the score away from {counterfactual.Decision}");
                }

                // A concern set aside, a video call or a shorter trip argue for the interview; a red flag turning up or a rumour confirmed against it.
                Assert.All(counterfactual.Edits, id => Assert.False(!toAccept && (id.StartsWith("drop:", StringComparison.Ordinal) || id is "video" or "shorter-trip" || id.StartsWith("dismiss:", StringComparison.Ordinal)), id));
                Assert.All(counterfactual.Edits, id => Assert.False(toAccept && (id.StartsWith("red-flag:", StringComparison.Ordinal) || id.StartsWith("confirm:", StringComparison.Ordinal) || id == "long-trip"), id));
            }
        }
    }

    [Fact]
    public void AnAccept_GetsTheChangesThatWouldMakeItADecline_ADecline_TheOtherWay()
    {
        var accept = Advisor.Counterfactuals(Example("16-rumoured-turnover-vague-feeling"));
        Assert.Contains(accept, c => c.Edits.SequenceEqual(["confirm:highTurnover"]) && c.IsStep && c.Decision == Verdict.Decline);

        var decline = Advisor.Counterfactuals(Example("13-long-trip-not-looking"));
        Assert.All(decline, c => Assert.Equal(Verdict.Accept, c.Decision));
        Assert.Contains(decline, c => c.IsStep);
        Assert.Contains(decline, c => !c.IsStep && c.Edits.SequenceEqual(["start-looking"]));
    }

    [Fact]
    public void Picks_DifferInWhatTheyChange_WhereTheCatalogueAllows()
    {
        // A modest accept (networking and a short trip): any red flag known in detail flips it, and so does a full day of
        // travel for someone not looking. The picks offer both kinds of change, not only red flags.
        var scenario = Some.Scenario(Some.Candidate(looking: false), Some.Opportunity(InterviewerRole.Peer, InterviewFormat.OnSite, 1, 2));

        var edits = Advisor.Counterfactuals(scenario).Select(c => c.Edits[0]).ToArray();

        Assert.Equal(3, edits.Length);
        Assert.Contains("long-trip", edits);
        Assert.Equal(2, edits.Select(Family).Distinct().Count());
    }

    [Fact]
    public void Json_CarriesKindAndDirection()
    {
        var scenario = Example("13-long-trip-not-looking");

        var json = InterviewJson.Write(Advisor.Recommend(scenario), Advisor.Counterfactuals(scenario));

        Assert.Contains("\"kind\": \"step\",\n      \"direction\": \"toAccept\"", json);
        Assert.Contains("\"kind\": \"circumstance\",\n      \"direction\": \"toAccept\"", json);
    }

    [Fact]
    public void NoTextForPeople_NamesAContractIdentifier_InAnyLanguage()
    {
        var scenarios = LocalizationTests.EveryVariant().Concat(Examples.Names().Select(n => Example((string)n[0])));
        foreach (var scenario in scenarios)
        {
            var recommendation = Advisor.Recommend(scenario);
            var counterfactuals = Advisor.Counterfactuals(scenario);
            foreach (var culture in new CultureInfo?[] { null, Spanish })
            {
                var texts = recommendation.Findings.SelectMany(f => new[] { f.GetTitle(culture), f.GetExplanation(culture) })
                    .Concat(recommendation.GetAdvice(culture))
                    .Concat(counterfactuals.Select(c => c.GetText(culture)));
                foreach (var text in texts)
                {
                    Assert.DoesNotMatch(@"\b(" + string.Join("|", Identifiers) + @")\b", text);
                }
            }
        }
    }

    [Fact]
    public void EveryDecision_ComesWithAdvice_AndEveryDeclineWithTheEtiquetteOfDeclining()
    {
        var scenarios = LocalizationTests.EveryVariant().Concat(Examples.Names().Select(n => Example((string)n[0])));
        foreach (var scenario in scenarios)
        {
            var recommendation = Advisor.Recommend(scenario);
            foreach (var culture in new CultureInfo?[] { null, Spanish })
            {
                Assert.NotEmpty(recommendation.GetAdvice(culture));
            }

            if (recommendation.Decision == Verdict.Decline)
            {
                Assert.StartsWith("Reply soon and politely", recommendation.Advice[0]);
                Assert.Equal(!recommendation.IsVetoed && !recommendation.Fired(ArticleRules.ConcreteRedFlagsId), recommendation.Advice.Any(a => a.StartsWith("If you know someone who would suit the role", StringComparison.Ordinal)));
                // Advice for the interview (use it to learn, treat it as practice) is not given to someone told to decline it.
                Assert.DoesNotContain(recommendation.Advice, a => a.StartsWith("Use the interview", StringComparison.Ordinal) || a.StartsWith("Treat it as practice", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void AVetoedDecline_SaysWhatToDoNext()
    {
        var advice = Advisor.Recommend(Example("07-untrustworthy-leadership-veto")).Advice;

        Assert.Contains(advice, a => a.StartsWith("Look for roles where you would trust the people in charge", StringComparison.Ordinal));
    }

    [Fact]
    public void ForAndAgainst_Areapart_TheHeadlinesSideFirst_AndNoNumbersOrIdentifiersLeakAsZeros()
    {
        var decline = Renderers.Text.Render(Advisor.Recommend(Example("05-detailed-red-flags")));
        Assert.True(decline.IndexOf("What speaks against it:", StringComparison.Ordinal) < decline.IndexOf("What speaks for taking it:", StringComparison.Ordinal));
        Assert.True(decline.IndexOf("Concrete red flags", StringComparison.Ordinal) < decline.IndexOf("What speaks for taking it:", StringComparison.Ordinal));
        Assert.True(decline.IndexOf("Networking is good", StringComparison.Ordinal) > decline.IndexOf("What speaks for taking it:", StringComparison.Ordinal));

        var veto = Renderers.Markdown.Render(Advisor.Recommend(Example("07-untrustworthy-leadership-veto")));
        Assert.Matches(@"### What speaks against it\n\n- \*\*The people are not to be trusted\*\* \(veto", veto);

        var neutral = Renderers.Text.Render(Advisor.Recommend(Example("10-too-busy-not-looking")));
        Assert.Single(Regex.Matches(neutral, "Too busy is not a reason"));
        Assert.Contains("Also weighed, neither for nor against:\n- Too busy is not a reason", neutral);
    }

    [Theory]
    [InlineData(InterviewFormat.Video, 0, 1, false, "Low cost, high reward")]
    [InlineData(InterviewFormat.OnSite, 6, 4, false, "A long day")]
    [InlineData(InterviewFormat.Video, 0, 9, false, "Cheap to attend, but a long day")]
    [InlineData(InterviewFormat.OnSite, 1, 9, false, "Cheap to attend, but a long day")]
    public void TheCostRule_IsTitledByTheHalfThatHeld_AndKeepsItsId(InterviewFormat format, double travel, double duration, bool looking, string title)
    {
        var finding = Advisor.Recommend(Some.Scenario(Some.Candidate(looking: looking), Some.Opportunity(InterviewerRole.Peer, format, travel, duration))).FindingFor(ArticleRules.LowCostId)!;

        Assert.Equal(title, finding.Title);
        Assert.Equal(ArticleRules.LowCostId, finding.RuleId);
        Assert.Equal("Low cost, high reward", ArticleRules.LowCost().Descriptor.Title);
        Assert.DoesNotContain("costs you little beyond", duration > 8 ? finding.Explanation : string.Empty);
    }

    [Theory]
    [InlineData(0, 2, "You have no work experience yet, and 2 interviews in the last year.")]
    [InlineData(2, 0, "You have 2 years of experience and no interview in the last year.")]
    public void ZeroCounts_ReadAsWords(double years, int interviews, string start)
    {
        var finding = Advisor.Recommend(Some.Scenario(Some.Candidate(years: years, interviews: interviews))).FindingFor(ArticleRules.NeedPracticeId)!;

        Assert.StartsWith(start, finding.Explanation);
    }

    [Theory]
    [InlineData(0, false, "You are actively looking and have no other opportunity in play.", "Keep a second option open")]
    [InlineData(2, false, "You are actively looking and have 2 other opportunities in play.", "What you already have in play is a start")]
    [InlineData(2, true, "You are actively looking and have 2 other opportunities in play, and you are waiting to hear from your first choice.", "Until your first choice is an offer in writing")]
    public void PlanB_DependsOnHowManyOptionsAreOpen(int others, bool waiting, string start, string step)
    {
        var scenario = Some.Scenario(Some.Candidate(looking: true, others: others), concerns: waiting ? [Concern.WaitingOnFirstChoice] : []);

        var explanation = Advisor.Recommend(scenario).FindingFor(ArticleRules.PlanBId)!.Explanation;

        Assert.StartsWith(start, explanation);
        Assert.Contains(step, explanation);
        Assert.DoesNotContain(others > 0 ? "eggs" : "already have", explanation);
    }

    [Fact]
    public void Spanish_QuotesTheCandidatesOwnWords()
    {
        var scenario = Some.Scenario(opportunity: Some.Opportunity(industry: "finance"), concerns: [Concern.WrongIndustry]);

        var explanation = Advisor.Recommend(scenario).FindingFor(ArticleRules.NetworkingId)!.GetExplanation(Spanish);

        Assert.Contains("el sector “finance”", explanation);
    }

    private static string Family(string edit) => edit.Split(':')[0] switch
    {
        "video" or "shorter-trip" or "long-trip" => "trip",
        "red-flag" or "unfounded" => "redFlag",
        var other => other,
    };

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
