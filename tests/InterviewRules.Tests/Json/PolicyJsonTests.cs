using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Policies;
using Xunit;

namespace InterviewRules.Tests.Json;

public class PolicyJsonTests
{
    private static string PolicyPath(string name) => Path.Combine(System.AppContext.BaseDirectory, "policies", name + ".json");

    private static System.Collections.Generic.IReadOnlyList<InputError> Errors(string json)
    {
        Assert.False(InterviewJson.TryReadPolicy(Encoding.UTF8.GetBytes(json), out var policy, out var errors));
        Assert.Null(policy);
        return errors;
    }

    private static string Custom(string when, string extra = "") =>
        $$"""{"name":"p","version":"1","customRules":[{"id":"c","kind":"cost","effect":"decline","weight":1,"title":"t","explanation":"e","source":"s","when":{{when}}{{extra}}}]}""";

    [Fact]
    public void Read_MinimalPolicy_IsArticleDefaultUnderAnotherName()
    {
        var policy = InterviewJson.ReadPolicy("""{"name":"mine","version":"1.0.0"}""");

        Assert.Equal("mine", policy.Name);
        Assert.Equal(11, policy.CreateRuleSet().Count);
        Assert.NotEqual(InterviewPolicy.ArticleDefault.Fingerprint, policy.Fingerprint);
    }

    [Fact]
    public void Read_ArticleDefaultWrittenOut_HasThePinnedFingerprint()
    {
        var policy = InterviewJson.ReadPolicy("""{"name":"article-default","version":"1.0.0","basedOn":"article-default","threshold":0,"aggregation":"weightedSumWithVeto","rules":{"networking":{"enabled":true,"weight":2}},"customRules":[]}""");

        Assert.Equal(InterviewPolicy.ArticleDefault.Fingerprint, policy.Fingerprint);
    }

    [Fact]
    public void CampusBoard_ReweightsDisablesAndAdds_AsDocumented()
    {
        var policy = InterviewJson.ReadPolicy(File.ReadAllBytes(PolicyPath("campus-board")));
        var advisor = InterviewAdvisor.Create(policy);
        var graduate = Some.Scenario(Some.Candidate(years: 0.5, interviews: 0, looking: true, others: 5), Some.Opportunity(format: InterviewFormat.Video));

        var recommendation = advisor.Recommend(graduate);

        Assert.Equal(3, recommendation.FindingFor("need-practice")!.Weight);
        Assert.False(recommendation.Fired("low-cost"));
        var custom = recommendation.FindingFor("first-interview-ever")!;
        Assert.Equal(1, custom.Weight);
        Assert.Equal("You have had 0 interviews in the last year; a campus interview is the cheapest place to get the first one behind you.", custom.Explanation);
        Assert.Equal(6, recommendation.Score);
        Assert.False(advisor.Recommend(Some.Scenario(Some.Candidate(years: 2.5, interviews: 0))).Fired("first-interview-ever"));
        Assert.Equal("campus-board", recommendation.Policy.Name);
    }

    [Fact]
    public void ADeclarativeRule_ScaledInCode_KeepsItsConditions()
    {
        var policy = InterviewJson.ReadPolicy(File.ReadAllBytes(PolicyPath("executive-search")));
        var relocation = policy.CreateRuleSet().Single(rule => rule.Descriptor.Id == "relocation");
        var advisor = InterviewAdvisor.Create(policy, addRules: [Rule.Scale(relocation, 2)], removeRuleIds: ["relocation"]);
        var far = Some.Scenario(opportunity: Some.Opportunity(InterviewerRole.Peer, InterviewFormat.OnSite, travel: 8), concerns: [Concern.WrongIndustry]);

        var scaled = advisor.Recommend(far).FindingFor("relocation")!;

        Assert.Equal(-4, scaled.Weight);
        Assert.Equal(
            ["opportunity.format", "opportunity.travelHours"],
            CustomRuleDefinition.ConditionsOf(scaled)!.Select(c => c.Fact));
        using var json = JsonDocument.Parse(InterviewJson.Write(advisor.Recommend(far)));
        var written = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "relocation");
        Assert.Equal(2, written.GetProperty("conditions").GetArrayLength());
    }

    [Fact]
    public void ExecutiveSearch_RelocationRule_ShowsEveryConditionsActualValue()
    {
        var advisor = InterviewAdvisor.Create(InterviewJson.ReadPolicy(File.ReadAllBytes(PolicyPath("executive-search"))));
        var far = Some.Scenario(opportunity: Some.Opportunity(InterviewerRole.Peer, InterviewFormat.OnSite, travel: 8), concerns: [Concern.WrongIndustry]);

        var recommendation = advisor.Recommend(far);
        var relocation = recommendation.FindingFor("relocation")!;

        Assert.Equal(-2, relocation.Weight);
        Assert.Equal(
            [("opportunity.format", ConditionOperator.EqualTo, "onSite", true), ("opportunity.travelHours", ConditionOperator.GreaterThan, "8", true)],
            CustomRuleDefinition.ConditionsOf(relocation)!.Select(c => (c.Fact, c.Operator, c.Actual.ToString(), c.Result)));
        Assert.False(recommendation.Fired("board-level-contact"));
        Assert.False(recommendation.Fired("need-practice"));
        Assert.Equal(3, recommendation.FindingFor("networking")!.Weight);
        Assert.Contains("\"conditions\": [", InterviewJson.Write(recommendation));
        Assert.Equal(Verdict.Decline, recommendation.Decision);
    }

    [Fact]
    public void Read_OneInvalidFile_ReportsAllItsErrorsAtOnce()
    {
        const string Bad = """
            {"name":"","version":"1","basedOn":"other","aggregation":"majority","unknown":1,
             "rules":{"need-practise":{"weight":2},"networking":{"weight":101,"color":1},"low-cost":{"enabled":"no"}},
             "customRules":[
               {"id":"networking","kind":"reason","effect":"accept","weight":1e309,"title":"t","explanation":"{candidate.age}","source":"s",
                "when":{"fact":"candidate.yearsOfExperience","op":"contains","value":2}},
               {"id":"x","kind":"bonus","effect":"accept","weight":-1,"title":"t","explanation":"e","source":"s",
                "when":{"all":[{"fact":"opportunity.format","op":"equals","value":"zoom"},{"fact":"salary","op":"greaterThan","value":3}]}},
               {"id":"x","kind":"cost","effect":"decline","weight":1,"title":"t","explanation":"e","source":"s",
                "when":{"fact":"candidate.activelyLooking","op":"equals","value":"yes"}}]}
            """;

        var errors = Errors(Bad);

        Assert.Equal(
            ["$.unknown", "$.name", "$.basedOn", "$.aggregation", "$.rules.need-practise", "$.rules.networking.color", "$.rules.networking.weight", "$.rules.low-cost.enabled",
             "$.customRules[0].id", "$.customRules[0].weight", "$.customRules[0].explanation", "$.customRules[0].when",
             "$.customRules[1].kind", "$.customRules[1].weight", "$.customRules[1].when.all[0]", "$.customRules[1].when.all[1].fact",
             "$.customRules[2].id", "$.customRules[2].when"],
            errors.Select(e => e.Path));
        Assert.Contains(errors, e => e.Message == "rules.networking.weight is 101; it must be between 0 and 100.");
        Assert.Contains(errors, e => e.Message == "customRules[0].id is \"networking\", which is one of the article's rules; a custom rule needs an id of its own.");
        Assert.Contains(errors, e => e.Message.StartsWith("customRules[0].explanation names the placeholder {candidate.age}, which is not a fact", System.StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("the operator contains does not apply to a number fact", System.StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message == "customRules[2].id is \"x\", which another custom rule already uses; ids must be unique.");
        Assert.Contains(errors, e => e.Message.Contains("the value must be true or false for equals on this fact", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ConditionDeeperThan32_Rejected()
    {
        var when = string.Concat(Enumerable.Repeat("{\"not\":", 33)) + "{\"fact\":\"concerns\",\"op\":\"contains\",\"value\":\"tooBusy\"}" + new string('}', 33);

        var error = Assert.Single(Errors(Custom(when)));

        Assert.Contains("a condition may nest at most 32 levels", error.Message);
    }

    [Fact]
    public void Read_ConditionOf32Levels_Accepted()
    {
        var when = string.Concat(Enumerable.Repeat("{\"not\":", 31)) + "{\"fact\":\"concerns\",\"op\":\"contains\",\"value\":\"tooBusy\"}" + new string('}', 31);

        Assert.True(InterviewJson.TryReadPolicy(Encoding.UTF8.GetBytes(Custom(when)), out var policy, out _));
        Assert.Equal(32, policy!.CustomRuleDefinitions[0].When.Depth);
    }

    [Fact]
    public void Read_ConditionOverAThousandNodes_Rejected()
    {
        var leaves = string.Join(",", Enumerable.Repeat("{\"fact\":\"concerns\",\"op\":\"contains\",\"value\":\"tooBusy\"}", 1000));

        var error = Assert.Single(Errors(Custom($"{{\"any\":[{leaves}]}}")));

        Assert.Contains("larger than 1000 nodes", error.Message);
    }

    [Theory]
    [InlineData("{\"fact\":\"opportunity.industry\",\"op\":\"lessThan\",\"value\":\"x\"}", "the operator lessThan does not apply to a text fact")]
    [InlineData("{\"fact\":\"candidate.yearsOfExperience\",\"op\":\"lessThan\",\"value\":\"2\"}", "the value must be a number for lessThan")]
    [InlineData("{\"fact\":\"opportunity.interviewer\",\"op\":\"in\",\"value\":\"executive\"}", "the value must be an array of texts for in")]
    [InlineData("{\"fact\":\"redFlags\",\"op\":\"contains\",\"value\":\"grumpy\"}", "\"grumpy\" is not a value of redFlags")]
    [InlineData("{\"fact\":\"concerns\",\"op\":\"matches\",\"value\":\"x\"}", "op is \"matches\"; it must be one of equals")]
    [InlineData("{\"all\":[],\"not\":{}}", "mixes all, not")]
    [InlineData("{\"all\":[]}", "must be a non-empty array of conditions")]
    public void Read_BadCondition_NamesTheProblem(string when, string expected)
    {
        var error = Assert.Single(Errors(Custom(when)));

        Assert.StartsWith("$.customRules[0].when", error.Path);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Read_NotJson_OneError() => Assert.Equal("$", Assert.Single(Errors("{\"name\":")).Path);
}
