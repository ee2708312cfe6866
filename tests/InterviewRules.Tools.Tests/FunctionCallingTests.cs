using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Xunit;

namespace InterviewRules.Tools.Tests;

/// <summary>The tools in Microsoft.Extensions.AI's FunctionInvokingChatClient, called by a scripted model.</summary>
public class FunctionCallingTests
{
    private static readonly string Graduate = File.ReadAllText(Repository.Example("01-new-graduate-needs-practice.json"));

    [Fact]
    public async Task GoodCall_ModelReceivesTheRecommendationAndMarkdown()
    {
        var model = new ScriptedChatClient(results => results.Count == 0 ? ("evaluate_interview", $$"""{"scenario": {{Graduate}}}""") : null);
        using var chat = new FunctionInvokingChatClient(model);

        var answer = await chat.GetResponseAsync([new ChatMessage(ChatRole.User, "Fresh graduate, never interviewed; a recruiter wants a video call. Should I bother?")], Options());

        var result = Assert.IsType<JsonElement>(Assert.Single(model.Results).Result);
        Assert.Equal("accept", result.GetProperty("recommendation").GetProperty("decision").GetString());
        var expected = JsonNode.Parse(InterviewJson.Write(InterviewAdvisor.Default.Recommend(InterviewJson.ReadScenario(Graduate))));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(result.GetProperty("recommendation").GetRawText())));
        Assert.StartsWith("**Take the interview.**", answer.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidArguments_ModelReceivesTheErrorLinesAndRetries()
    {
        var model = new ScriptedChatClient(results => results.Count switch
        {
            0 => ("evaluate_interview", """{"scenario": {"candidate": {"yearsOfExperience": "two", "interviewsInLastYear": 0, "activelyLooking": true}, "opportunity": {"interviewer": "recruiter", "format": "video"}}, "tone": "warm"}"""),
            1 => ("evaluate_interview", $$"""{"scenario": {{Graduate}}}"""),
            _ => null,
        });
        using var chat = new FunctionInvokingChatClient(model);

        await chat.GetResponseAsync([new ChatMessage(ChatRole.User, "Two years in, should I go?")], Options());

        Assert.Equal(2, model.Results.Count);
        var error = Assert.IsType<JsonElement>(model.Results[0].Result);
        var lines = error.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(lines, l => l.StartsWith("$.scenario.candidate.yearsOfExperience: ", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("$.tone: \"tone\" is not an argument of evaluate_interview", System.StringComparison.Ordinal));
        Assert.Contains("call the tool again", error.GetProperty("error").GetString(), System.StringComparison.Ordinal);
        Assert.Equal("accept", Assert.IsType<JsonElement>(model.Results[1].Result).GetProperty("recommendation").GetProperty("decision").GetString());
    }

    [Fact]
    public async Task SpanishConversation_AnswerAndTextsInSpanish()
    {
        var model = new ScriptedChatClient(results => results.Count == 0 ? ("evaluate_interview", $$"""{"scenario": {{Graduate}}, "language": "es", "counterfactuals": true}""") : null);
        using var chat = new FunctionInvokingChatClient(model);

        var answer = await chat.GetResponseAsync([new ChatMessage(ChatRole.User, "Acabo de terminar la carrera; ¿voy a la entrevista?")], Options());

        var result = Assert.IsType<JsonElement>(Assert.Single(model.Results).Result);
        Assert.Equal("es", result.GetProperty("recommendation").GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Array, result.GetProperty("recommendation").GetProperty("counterfactuals").ValueKind);
        Assert.StartsWith("**Acepta la entrevista.**", answer.Text, System.StringComparison.Ordinal);
        Assert.Contains("### Consejos", answer.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultCulture_UsedWhenTheCallNamesNoLanguage()
    {
        var tools = InterviewTools.Create(InterviewAdvisor.Default, new InterviewToolsOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("es-MX") });
        var result = (JsonElement)(await tools[2].InvokeAsync(new AIFunctionArguments()))!;
        Assert.Equal("Necesitas práctica", result.GetProperty("rules")[0].GetProperty("title").GetString());
    }

    private static ChatOptions Options() => new() { Tools = [.. InterviewTools.Create(InterviewAdvisor.Default)] };
}
