using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using InterviewRules.Localization;
using Json.Schema;
using Microsoft.Extensions.AI;
using Xunit;

namespace InterviewRules.Tools.Tests;

/// <summary>The assess_interview tool of <see cref="InterviewTools.Create"/>: decide with what is known, ask what matters.</summary>
public class AssessInterviewToolTests
{
    // Issue 24's conversation: a recruiter's video call, "I'm too busy", "I'm not even interested", nothing bad heard.
    private const string BusyAndNotInterested = """
        {
          "opportunity": { "interviewer": "recruiter", "format": "video" },
          "concerns": { "include": ["tooBusy", "notInterested"] },
          "redFlags": [],
          "rumours": []
        }
        """;

    private static readonly IReadOnlyList<InterviewTool> Tools = InterviewTools.Create(InterviewAdvisor.Default);

    private static InterviewTool Assess => Tools.Single(t => t.Name == InterviewTools.AssessInterview);

    private static InterviewTool Evaluate => Tools.Single(t => t.Name == InterviewTools.EvaluateInterview);

    [Fact]
    public void Create_AssessIsTheFifthTool_WithThePartialScenarioAsItsArgument()
    {
        Assert.Equal(InterviewTools.AssessInterview, Tools[4].Name);
        Assert.Equal(["scenario", "language"], Assess.JsonSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["scenario"], Assess.JsonSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));

        // The partial-scenario contract's fields and limits, with descriptions for a model that state no default.
        var scenario = Assess.JsonSchema.GetProperty("properties").GetProperty("scenario");
        var core = JsonNode.Parse(InterviewJson.Schema("partial-scenario"))!;
        Assert.Equal(core["properties"]!.AsObject().Select(p => p.Key), scenario.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.False(scenario.TryGetProperty("required", out _));
        Assert.Contains("left out means unknown", scenario.GetProperty("description").GetString(), StringComparison.Ordinal);
        var travel = scenario.GetProperty("properties").GetProperty("opportunity").GetProperty("properties").GetProperty("travelHours");
        Assert.Equal(100, travel.GetProperty("maximum").GetInt32());
        Assert.DoesNotContain("Default", travel.GetProperty("description").GetString(), StringComparison.Ordinal);
        var concerns = scenario.GetProperty("properties").GetProperty("concerns");
        Assert.Equal(2, concerns.GetProperty("oneOf").GetArrayLength());
        Assert.Contains("\"include\"", concerns.GetProperty("description").GetString(), StringComparison.Ordinal);

        // The result: the assessment contract, its recommendation spelled out as the recommendation contract.
        var output = Assess.ReturnJsonSchema!.Value;
        Assert.Equal(["assessment", "markdown"], output.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var recommendation = output.GetProperty("properties").GetProperty("assessment").GetProperty("properties").GetProperty("recommendation");
        Assert.Contains("advice", recommendation.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.True(output.GetProperty("$defs").TryGetProperty("range", out _));
        Assert.True(output.GetProperty("$defs").TryGetProperty("factValue", out _));
    }

    [Fact]
    public void Description_TellsTheModelHowToHoldTheConversation()
    {
        var description = Assess.Description;
        Assert.Contains("settled", description, StringComparison.Ordinal);
        Assert.Contains("first of `questions`", description, StringComparison.Ordinal);
        Assert.Contains("one question at a time", description, StringComparison.Ordinal);
        Assert.Contains("never ask anything that is not in `questions`", description, StringComparison.Ordinal);
        Assert.Contains("call again", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_BusyAndNotInterestedOnAVideoCall_SettledAccept_TheLibrarysAssessment()
    {
        var result = Call(Assess, $$"""{"scenario": {{BusyAndNotInterested}}}""");

        Assert.False(result.IsError, result.Text);
        var expected = InterviewAdvisor.Default.Assess(InterviewJson.ReadPartialScenario(BusyAndNotInterested));
        Assert.Equal(AssessmentStatus.Settled, expected.Status);
        AssertJsonEqual(InterviewJson.Write(expected), result.StructuredContent.GetProperty("assessment").GetRawText());
        var assessment = result.StructuredContent.GetProperty("assessment");
        Assert.Equal("settled", assessment.GetProperty("status").GetString());
        Assert.Equal("accept", assessment.GetProperty("decision").GetString());
        Assert.Equal(0, assessment.GetProperty("questions").GetArrayLength());

        var markdown = result.StructuredContent.GetProperty("markdown").GetString()!;
        Assert.Equal(markdown, result.Text);
        Assert.StartsWith("**" + expected.Summary.Replace("_", "\\_", StringComparison.Ordinal) + "**\n", markdown, StringComparison.Ordinal);
        Assert.Contains("### What speaks for taking it", markdown, StringComparison.Ordinal);
        Assert.Contains("**Networking is good**", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Questions that can change it", markdown, StringComparison.Ordinal);
        // No rule id reaches the person.
        Assert.All(InterviewAdvisor.Default.Rules, r => Assert.DoesNotContain(r.Descriptor.Id, markdown, StringComparison.Ordinal));
    }

    [Fact]
    public void Call_NothingKnown_OpenWithTheRankedQuestions_NumberedInTheMarkdown()
    {
        var result = Call(Assess, """{"scenario": {}}""");

        Assert.False(result.IsError, result.Text);
        var expected = InterviewAdvisor.Default.Assess(PartialScenario.Empty);
        var assessment = result.StructuredContent.GetProperty("assessment");
        Assert.Equal(expected.Status == AssessmentStatus.Open ? "open" : "undetermined", assessment.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, assessment.GetProperty("decision").ValueKind);
        Assert.NotEmpty(expected.Questions);

        var lines = result.Text.Split('\n');
        Assert.Contains("### Questions that can change it", lines);
        Assert.Equal(
            expected.Questions.Select((q, i) => $"{i + 1}. {q.GetText(null)}"),
            lines.SkipWhile(l => l != "### Questions that can change it").Skip(2).TakeWhile(l => l.Length > 0));
    }

    [Fact]
    public void Call_EveryShippedLanguage_ItsOwnTextsAndQuestionsHeading()
    {
        var headings = new List<string>();
        foreach (var language in Languages.Shipped)
        {
            var result = Call(Assess, $$"""{"scenario": {}, "language": "{{language}}"}""");
            Assert.False(result.IsError, result.Text);
            Assert.True(Languages.TryResolve(language, out var culture, out _));
            var assessment = result.StructuredContent.GetProperty("assessment");
            Assert.Equal(language, assessment.GetProperty("language").GetString());
            Assert.Equal(InterviewAdvisor.Default.Assess(PartialScenario.Empty).GetSummary(culture), assessment.GetProperty("summary").GetString());
            headings.Add(result.Text.Split('\n').First(l => l.StartsWith("### ", StringComparison.Ordinal)));
        }

        Assert.Equal(headings.Count, headings.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Call_EverythingKnown_CarriesTheRecommendation_AndConformsToTheOutputSchema()
    {
        // Every field written out, the industry too: nothing the rules read is unknown.
        var written = JsonNode.Parse(InterviewJson.Write(InterviewJson.ReadScenario(File.ReadAllText(Repository.Example("13-long-trip-not-looking.json")))))!;
        written["opportunity"]!["industry"] = "logistics";
        var example = written.ToJsonString();
        var result = Call(Assess, $$"""{"scenario": {{example}}, "language": "es"}""");

        Assert.False(result.IsError, result.Text);
        var assessment = result.StructuredContent.GetProperty("assessment");
        Assert.Equal("settled", assessment.GetProperty("status").GetString());
        var recommendation = InterviewAdvisor.Default.Recommend(InterviewJson.ReadScenario(example));
        AssertJsonEqual(InterviewJson.Write(recommendation, null, System.Globalization.CultureInfo.GetCultureInfo("es")), assessment.GetProperty("recommendation").GetRawText());

        var schema = JsonSchema.FromText(Assess.ReturnJsonSchema!.Value.GetRawText(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        Assert.True(schema.Evaluate(result.StructuredContent).IsValid);
    }

    [Theory]
    [InlineData("""{"scenario": {"candidate": {"yearsOfExperience": -2}}}""", "$.scenario.candidate.yearsOfExperience: ")]
    [InlineData("""{"scenario": {"candidate": {"activelyLooking": null}}}""", "$.scenario.candidate.activelyLooking: ")]
    [InlineData("""{"scenario": {"opportunity": {"format": "carrierPigeon"}}}""", "$.scenario.opportunity.format: ")]
    [InlineData("""{"scenario": {"concerns": {"include": ["tooBusy"], "exclude": ["tooBusy"]}}}""", "$.scenario.concerns")]
    [InlineData("""{"scenario": {"color": "red"}}""", "$.scenario.color: ")]
    [InlineData("""{"scenario": []}""", "$.scenario: ")]
    [InlineData("""{}""", "$.scenario: the scenario is required: an object with what is known so far")]
    [InlineData("""{"scenario": {}, "language": "fr"}""", "$.language: ")]
    [InlineData("""{"scenario": {}, "counterfactuals": true}""", "$.counterfactuals: \"counterfactuals\" is not an argument of assess_interview")]
    public void Call_BadArguments_ErrorLinesWithArgumentPaths(string arguments, string expectedStart)
    {
        var result = Call(Assess, arguments);

        Assert.True(result.IsError);
        var lines = result.Text.Split('\n');
        Assert.Contains(lines, l => l.StartsWith(expectedStart, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Matches(@"^\$\S*: .+\.$", l));
        Assert.Equal(lines, result.StructuredContent.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Invoke_PlainValues_ReadAsAPartialScenario()
    {
        var arguments = new AIFunctionArguments
        {
            ["scenario"] = new Dictionary<string, object?>
            {
                ["opportunity"] = new Dictionary<string, object?> { ["interviewer"] = "recruiter", ["format"] = "video" },
                ["concerns"] = new Dictionary<string, object?> { ["include"] = new[] { "tooBusy", "notInterested" } },
                ["redFlags"] = Array.Empty<string>(),
                ["rumours"] = Array.Empty<string>(),
            },
        };

        var result = (JsonElement)(await Assess.InvokeAsync(arguments))!;

        Assert.Equal("accept", result.GetProperty("assessment").GetProperty("decision").GetString());
    }

    [Fact]
    public void Evaluate_OnlyRequiredFactsMissing_ErrorPointsToAssess()
    {
        var result = Call(Evaluate, """{"scenario": {"opportunity": {"interviewer": "recruiter", "format": "video"}, "concerns": ["tooBusy"]}}""");

        Assert.True(result.IsError);
        var lines = result.Text.Split('\n');
        Assert.StartsWith("$.scenario.candidate: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("$.scenario: ", lines[^1], StringComparison.Ordinal);
        Assert.Contains("call assess_interview with what is known", lines[^1], StringComparison.Ordinal);
        Assert.EndsWith(".", lines[^1], StringComparison.Ordinal);
        Assert.Single(lines, l => l.Contains("assess_interview", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"scenario": {"opportunity": {"interviewer": "recruiter", "format": "video"}, "concerns": ["noSuchConcern"]}}""")]
    [InlineData("""{"scenario": {"opportunity": {"interviewer": "recruiter", "format": "video"}, "concerns": {"include": ["tooBusy"]}}}""")]
    [InlineData("""{"scenario": 42}""")]
    [InlineData("""{}""")]
    public void Evaluate_OtherProblems_ErrorDoesNotPointToAssess(string arguments)
    {
        var result = Call(Evaluate, arguments);

        Assert.True(result.IsError);
        Assert.DoesNotContain("assess_interview", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ValidScenarioButBadLanguage_ErrorDoesNotPointToAssess()
    {
        var example = File.ReadAllText(Repository.Example("01-new-graduate-needs-practice.json"));
        var result = Call(Evaluate, $$"""{"scenario": {{example}}, "language": "fr"}""");

        Assert.True(result.IsError);
        Assert.DoesNotContain("assess_interview", result.Text, StringComparison.Ordinal);
    }

    internal static InterviewToolResult Call(InterviewTool tool, string arguments)
    {
        using var document = JsonDocument.Parse(arguments);
        return tool.Call(document.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.Clone())).ToList());
    }

    private static void AssertJsonEqual(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected: {expected}\nactual: {actual}");
}
