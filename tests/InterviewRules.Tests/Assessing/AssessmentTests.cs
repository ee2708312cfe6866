using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using InterviewRules.Cli;
using InterviewRules.Engine;
using InterviewRules.Policies;
using Xunit;

namespace InterviewRules.Tests.Assessing;

/// <summary>The assessment as a user meets it: the library, the JSON contracts and the <c>assess</c> command.</summary>
public class AssessmentTests
{
    private const string RecruiterVideo = """
        { "opportunity": { "interviewer": "recruiter", "format": "video" },
          "concerns": ["tooBusy", "notInterested"], "redFlags": [], "rumours": [] }
        """;

    [Fact]
    public void Assess_RecruiterVideoBusyAndNotInterested_SettlesAccept_WorstCaseOne()
    {
        // The chatbot conversation: whatever the rest of the situation, the article says take it.
        var assessment = InterviewAdvisor.Default.Assess(InterviewJson.ReadPartialScenario(RecruiterVideo));

        Assert.Equal(AssessmentStatus.Settled, assessment.Status);
        Assert.Equal(Verdict.Accept, assessment.Decision);
        Assert.Equal(1, assessment.ScoreRange!.Value.Min);
        Assert.Empty(assessment.Relevant);
        Assert.Empty(assessment.Questions);
        Assert.Contains("networking", assessment.Findings.Select(f => f.RuleId));
        Assert.Null(assessment.Recommendation);
        Assert.StartsWith("Take the interview", assessment.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("networking", assessment.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_DurationKnown_TravelClassesMoveWithTheSum()
    {
        var partial = PartialScenario.Empty.WithRedFlags([]).WithRumours([]).WithConcerns([])
            .WithCandidate(10, 5, false, 4)
            .WithOpportunity(InterviewerRole.Peer, InterviewFormat.OnSite, durationHours: 5);

        var assessment = InterviewAdvisor.Default.Assess(partial);

        Assert.Equal(AssessmentStatus.Open, assessment.Status);
        var question = Assert.Single(assessment.Questions);
        Assert.Equal("opportunity.travelHours", question.Fact);
        Assert.True(question.SettlesAlways);
        Assert.Equal(["<= 1", "(1, 3]", "> 3"], question.Answers.Select(a => a.Answer));
        Assert.Equal([Verdict.Accept, Verdict.Accept, Verdict.Decline], question.Answers.Select(a => a.Decision!.Value));
    }

    [Fact]
    public void Assess_EverythingTheRulesReadKnown_CarriesEvaluatesRecommendation()
    {
        var scenario = Some.Scenario(Some.Candidate(years: 1.5, interviews: 0, looking: true, others: 1), Some.Opportunity(InterviewerRole.Recruiter, InterviewFormat.Video, 0, 1), [Concern.NotInterested]);
        var assessment = InterviewAdvisor.Default.Assess(PartialScenario.From(scenario));
        var recommendation = InterviewAdvisor.Default.Recommend(scenario);

        Assert.Equal(AssessmentStatus.Settled, assessment.Status);
        Assert.Equal(recommendation.Decision, assessment.Decision);
        Assert.Equal(new ScoreRange(recommendation.Score, recommendation.Score), assessment.ScoreRange);
        Assert.Equal(InterviewJson.Write(recommendation), InterviewJson.Write(assessment.Recommendation!));
    }

    [Fact]
    public void Assess_ACodeRuleThatDeclaresNoFacts_IsUndeterminedWhileAnythingIsUnknown()
    {
        var opaque = Rule.When<InterviewScenario>(new RuleDescriptor("house-rule", FindingKind.Cost, "House rule", "house", "-1"), s => s.Opportunity.TravelHours > 5, -1, "Far.");
        var advisor = InterviewAdvisor.Create(InterviewPolicy.ArticleDefault, addRules: [opaque]);

        var partial = PartialScenario.From(Some.Scenario()).WithConcern(Concern.TooBusy, true);
        Assert.Equal(AssessmentStatus.Settled, advisor.Assess(partial).Status);

        var assessment = advisor.Assess(PartialScenario.Empty.WithConcern(Concern.TooBusy, true));
        Assert.Equal(AssessmentStatus.Undetermined, assessment.Status);
        Assert.Null(assessment.Decision);
        Assert.Null(assessment.ScoreRange);
        Assert.Equal(["house-rule"], assessment.OpaqueRules);
    }

    [Fact]
    public void Assess_ACodeRuleThatDeclaresItsFacts_IsUndeterminedOnlyWhileOneOfThemIsUnknown_AndItsFactsAreAsked()
    {
        var declared = Rule.When<InterviewScenario>(
            new RuleDescriptor("house-rule", FindingKind.Cost, "House rule", "house", "-1", facts: ["opportunity.travelHours"]), s => s.Opportunity.TravelHours > 5, -1, "Far.");
        var advisor = InterviewAdvisor.Create(InterviewPolicy.ArticleDefault, addRules: [declared]);
        var known = PartialScenario.From(Some.Scenario(opportunity: Some.Opportunity(travel: 6)));

        var settled = advisor.Assess(known.WithConcern(Concern.TooBusy, true));
        Assert.Equal(AssessmentStatus.Settled, settled.Status);

        var items = known.Items.ToArray();
        var travel = InterviewRules.Assessing.Item.Find("opportunity.travelHours")!;
        items[travel.Index] = InterviewRules.Assessing.ItemState.Unknown(travel);
        var open = advisor.Assess(PartialScenario.FromItems(items));
        Assert.Equal(AssessmentStatus.Undetermined, open.Status);
        Assert.Equal("opportunity.travelHours", Assert.Single(open.Questions).Fact);
    }

    [Fact]
    public void Create_ACodeRuleDeclaringAnUnknownFact_IsRefusedNamingIt()
    {
        var rule = Rule.When<InterviewScenario>(new RuleDescriptor("house-rule", FindingKind.Cost, "House rule", "house", "-1", facts: ["candidate.age"]), _ => true, -1, "Old.");
        var ex = Assert.Throws<ArgumentException>(() => InterviewAdvisor.Create(InterviewPolicy.ArticleDefault, addRules: [rule]));
        Assert.Contains("\"candidate.age\", which is not a fact", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_PastTheWorkBound_IsUndeterminedWithAReason_NeverAGuess()
    {
        // Forty custom rules that cut four numbers into many classes and read them together.
        var rules = string.Join(",\n", Enumerable.Range(1, 40).Select(i => $$"""
            { "id": "cut-{{i}}", "kind": "cost", "effect": "accept", "weight": 0.25, "veto": false, "title": "Cut {{i}}", "explanation": "Cut.", "source": "house",
              "when": { "any": [ { "fact": "candidate.yearsOfExperience", "op": "lessThan", "value": {{i * 1.5}} },
                                 { "fact": "candidate.interviewsInLastYear", "op": "greaterThan", "value": {{i * 2}} },
                                 { "fact": "candidate.otherOpportunities", "op": "lessThan", "value": {{i * 3}} },
                                 { "fact": "opportunity.travelHours", "op": "greaterThan", "value": {{i * 2}} } ] } }
            """));
        var advisor = InterviewAdvisor.Create(InterviewJson.ReadPolicy($$"""{ "name": "many-cuts", "version": "1", "customRules": [ {{rules}} ] }"""));

        var assessment = advisor.Assess(PartialScenario.Empty);

        Assert.Equal(AssessmentStatus.Undetermined, assessment.Status);
        Assert.NotNull(assessment.Reason);
        Assert.Null(assessment.Decision);
    }

    [Fact]
    public void ReadPartialScenario_IncludeAndExclude_AreKnownInAndOut_TheRestUnknown()
    {
        var partial = InterviewJson.ReadPartialScenario("""{ "concerns": { "include": ["tooBusy"], "exclude": ["notInterested"] }, "rumours": { "exclude": ["highTurnover"] } }""");

        Assert.DoesNotContain("concerns.tooBusy", partial.Unknown);
        Assert.DoesNotContain("concerns.notInterested", partial.Unknown);
        Assert.Contains("concerns.fearOfRejection", partial.Unknown);

        // Known not to be a rumour, it may still be a red flag or nothing: still unknown.
        Assert.Contains("redFlags.highTurnover", partial.Unknown);
    }

    [Theory]
    [InlineData("""{ "candidate": { "yearsOfExperience": null } }""", "$.candidate.yearsOfExperience", "is null")]
    [InlineData("""{ "candidate": { "age": 3 } }""", "$.candidate.age", "age")]
    [InlineData("""{ "concerns": { "include": ["tooBusy"], "exclude": ["tooBusy"] } }""", "$.concerns", "both include and exclude")]
    [InlineData("""{ "concerns": { "maybe": ["tooBusy"] } }""", "$.concerns.maybe", "maybe")]
    [InlineData("""{ "redFlags": ["highTurnover"], "rumours": ["highTurnover"] }""", "$.rumours", "not both")]
    [InlineData("""{ "opportunity": { "travelHours": "2" } }""", "$.opportunity.travelHours", "string")]
    public void ReadPartialScenario_BadInput_NamesThePathAndWhatIsAllowed(string json, string path, string says)
    {
        var ok = InterviewJson.TryReadPartialScenario(Encoding.UTF8.GetBytes(json), out _, out var errors);

        Assert.False(ok);
        Assert.Contains(errors, e => e.Path == path && e.Message.Contains(says, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Assessment_ValidatesAgainstItsSchema()
    {
        var schema = Json.SchemaTests.Schemas.Value["assessment"];
        foreach (var json in new[] { RecruiterVideo, "{}", """{ "concerns": { "include": ["tooBusy"] } }""" })
        {
            var written = InterviewJson.Write(InterviewAdvisor.Default.Assess(InterviewJson.ReadPartialScenario(json)));
            var result = schema.Evaluate(JsonDocument.Parse(written).RootElement, new global::Json.Schema.EvaluationOptions { OutputFormat = global::Json.Schema.OutputFormat.List });
            Assert.True(result.IsValid, written);
        }
    }

    [Fact]
    public void Cli_Assess_SettledAndOpen_Exit0_BadInputExit2WithThePath()
    {
        var (code, stdout, _) = Run(["assess", "-", "--format", "json"], RecruiterVideo);
        Assert.Equal(CliApp.Ok, code);
        Assert.Equal("settled", JsonDocument.Parse(stdout).RootElement.GetProperty("status").GetString());

        (code, stdout, _) = Run(["assess", "-"], """{ "concerns": { "include": ["tooBusy"] } }""");
        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("Are you actively looking for a new job right now?", stdout, StringComparison.Ordinal);

        (code, stdout, var stderr) = Run(["assess", "-"], """{ "candidate": null }""");
        Assert.Equal(CliApp.BadInput, code);
        Assert.Empty(stdout);
        Assert.StartsWith("$.candidate: ", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(string[] args, string stdin)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new MemoryStream(Encoding.UTF8.GetBytes(stdin)), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
