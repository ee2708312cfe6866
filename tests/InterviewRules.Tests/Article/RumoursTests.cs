using System.Linq;
using InterviewRules.Article;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests.Article;

/// <summary>
/// Hearsay is not evidence (§4 draws its line between a vague feeling and a detailed picture): a rumour never counts
/// as a red flag, never vetoes, and is a reason to go and find out, with the questions that check it.
/// </summary>
public class RumoursTests
{
    private static readonly InterviewAdvisor Advisor = InterviewAdvisor.Default;

    [Fact]
    public void ARumourAlone_FiresSharpenInstincts_AndSaysItIsHearsay()
    {
        var recommendation = Advisor.Recommend(Some.WithRumours(RedFlag.HighTurnover));

        var finding = recommendation.FindingFor(ArticleRules.SharpenInstinctsId);
        Assert.NotNull(finding);
        Assert.Equal(1.5, finding.Weight);
        Assert.StartsWith("You have only heard talk of many people quitting recently", finding.Explanation);
        Assert.DoesNotContain("concrete evidence", finding.Explanation);
        Assert.False(recommendation.Fired(ArticleRules.ConcreteRedFlagsId));
        Assert.Equal(["highTurnover"], finding.Evidence.Single(e => e.Fact == "rumours").Value.Items);
    }

    [Fact]
    public void ARumouredUntrustworthyLeader_NeverVetoes()
    {
        var recommendation = Advisor.Recommend(Some.WithRumours(RedFlag.UntrustworthyLeadership));

        Assert.False(recommendation.IsVetoed);
        Assert.False(recommendation.Fired(ArticleRules.UntrustworthyPeopleId));
        Assert.Equal(Verdict.Accept, recommendation.Decision);
        Assert.Contains(recommendation.Advice, a => a.StartsWith("To check what you heard about the leaders", System.StringComparison.Ordinal));
    }

    [Fact]
    public void EachRumour_GetsItsQuestion_InListOrder_AfterTheFeelingsAdvice()
    {
        var scenario = Some.Scenario(concerns: [Concern.VagueBadFeeling], rumours: [RedFlag.HostileCulture, RedFlag.NegativeManagement]);

        var advice = Advisor.Recommend(scenario).FindingFor(ArticleRules.SharpenInstinctsId)!.Advice;

        Assert.Equal(3, advice.Count);
        Assert.StartsWith("Before the interview, write down what feels off", advice[0]);
        Assert.StartsWith("To check what you heard about the culture", advice[1]);
        Assert.StartsWith("To check what you heard about the management", advice[2]);
    }

    [Fact]
    public void ARedFlagKnownInDetail_StillSilencesTheRumours()
    {
        var scenario = Some.Scenario(redFlags: [RedFlag.HighTurnover], rumours: [RedFlag.HostileCulture]);

        var recommendation = Advisor.Recommend(scenario);

        Assert.False(recommendation.Fired(ArticleRules.SharpenInstinctsId));
        Assert.Equal(-3, recommendation.FindingFor(ArticleRules.ConcreteRedFlagsId)!.Weight);
    }

    [Fact]
    public void TheSameNameInRedFlagsAndRumours_IsRefused_NamingBothPlaces()
    {
        var error = Assert.Throws<InvalidInputException>(() => Some.Scenario(redFlags: [RedFlag.NegativeManagement, RedFlag.HighTurnover], rumours: [RedFlag.HighTurnover]));

        var only = Assert.Single(error.Errors);
        Assert.Equal("$.rumours[0]", only.Path);
        Assert.Contains("rumours[0] is highTurnover, which is also listed in redFlags[1]", only.Message);
    }

    [Fact]
    public void Json_ReadsRumours_AndRefusesOverlapDuplicatesAndUnknownNames()
    {
        const string Start = """{"candidate":{"yearsOfExperience":5,"interviewsInLastYear":2,"activelyLooking":true},"opportunity":{"interviewer":"peer","format":"video"},""";

        var scenario = InterviewJson.ReadScenario(Start + "\"rumours\":[\"highTurnover\",\"hostileCulture\"]}");
        Assert.Equal([RedFlag.HighTurnover, RedFlag.HostileCulture], scenario.Rumours);
        Assert.Empty(scenario.RedFlags);

        AssertError(Start + "\"redFlags\":[\"hostileCulture\"],\"rumours\":[\"hostileCulture\"]}", "$.rumours[0]", "which is also listed in redFlags[0]");
        AssertError(Start + "\"rumours\":[\"highTurnover\",\"highTurnover\"]}", "$.rumours[1]", "already listed");
        AssertError(Start + "\"rumours\":[\"highTurnovr\"]}", "$.rumours[0]", "did you mean \"highTurnover\"?");
        AssertError(Start + "\"rumours\":\"highTurnover\"}", "$.rumours", "array");

        // Reported with the document's other problems, not only once they are fixed.
        var withOthers = "{\"candidate\":{\"yearsOfExperience\":-1,\"interviewsInLastYear\":2,\"activelyLooking\":true},\"opportunity\":{\"interviewer\":\"peer\",\"format\":\"fax\"},\"redFlags\":[\"hostileCulture\"],\"rumours\":[\"hostileCulture\"]}";
        AssertError(withOthers, "$.rumours[0]", "which is also listed in redFlags[0]");
        AssertError(withOthers, "$.opportunity.format", "fax");
    }

    [Fact]
    public void Json_WritesRumours_AndReadsBackTheSameScenario()
    {
        var scenario = Some.Scenario(concerns: [Concern.TooBusy], rumours: [RedFlag.LeadershipConflict]);

        var json = InterviewJson.Write(scenario);

        Assert.Contains("\"rumours\": [\n    \"leadershipConflict\"\n  ]", json);
        Assert.Equal(scenario, InterviewJson.ReadScenario(json));
    }

    [Fact]
    public void APolicyCondition_CanReadRumours()
    {
        var policy = InterviewJson.ReadPolicy("""
            {"name":"rumour-aware","version":"1.0.0","basedOn":"article-default","customRules":[{"id":"heard-of-churn","kind":"counterReason","effect":"decline","weight":1,
              "title":"Heard of churn","explanation":"Ask about it.","source":"test","when":{"fact":"rumours","op":"contains","value":"highTurnover"}}]}
            """);
        var advisor = InterviewAdvisor.Create(policy);

        Assert.True(advisor.Recommend(Some.WithRumours(RedFlag.HighTurnover)).Fired("heard-of-churn"));
        Assert.False(advisor.Recommend(Some.WithFlags(RedFlag.HighTurnover)).Fired("heard-of-churn"));
        Assert.Equal(advisor.Score(Some.WithRumours(RedFlag.HighTurnover)).Score, advisor.Recommend(Some.WithRumours(RedFlag.HighTurnover)).Score);
    }

    private static void AssertError(string json, string path, string part)
    {
        Assert.False(InterviewJson.TryReadScenario(System.Text.Encoding.UTF8.GetBytes(json), out _, out var errors));
        Assert.Contains(errors, e => e.Path == path && e.Message.Contains(part, System.StringComparison.Ordinal));
    }
}
