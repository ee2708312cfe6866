using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using InterviewRules.Policies;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InterviewRules.Tools.Tests;

public class InterviewToolsTests
{
    private static readonly IReadOnlyList<InterviewTool> Tools = InterviewTools.Create(InterviewAdvisor.Default);

    [Fact]
    public void Create_FiveToolsWithObjectSchemasFromTheContracts()
    {
        Assert.Equal(["evaluate_interview", "rank_invitations", "list_rules", "what_would_change_it", "assess_interview"], Tools.Select(t => t.Name));
        foreach (var tool in Tools)
        {
            Assert.Equal("object", tool.JsonSchema.GetProperty("type").GetString());
            Assert.False(tool.JsonSchema.GetProperty("additionalProperties").GetBoolean());
            Assert.Equal("object", tool.ReturnJsonSchema!.Value.GetProperty("type").GetString());
            Assert.True(tool.Description.Length > 100, tool.Name);
        }

        // The evaluate result schema embeds the recommendation contract, its $defs moved to the root so references resolve.
        var output = Tools[0].ReturnJsonSchema!.Value;
        Assert.True(output.GetProperty("$defs").TryGetProperty("factValue", out _));
        Assert.Contains("#/$defs/factValue", output.GetRawText(), StringComparison.Ordinal);

        // The scenario's fields are the contract's, with the limits of the contract and descriptions for a model.
        var scenario = Tools[3].JsonSchema.GetProperty("properties").GetProperty("scenario");
        var years = scenario.GetProperty("properties").GetProperty("candidate").GetProperty("properties").GetProperty("yearsOfExperience");
        Assert.Equal(70, years.GetProperty("maximum").GetInt32());
        var fields = scenario.GetProperty("properties");
        var hearsay = fields.TryGetProperty("rumours", out var rumours) ? rumours : fields.GetProperty("concerns");
        Assert.Contains("I heard they churn people", hearsay.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"scenario": 42}""", "$.scenario: ")]
    [InlineData("""{}""", "$.scenario: the scenario is required")]
    [InlineData("""{"scenario": {}, "language": 3}""", "$.language: 3 is not a language")]
    [InlineData("""{"scenario": {}, "counterfactuals": "yes"}""", "$.counterfactuals: \"yes\" is not a boolean")]
    public void Call_BadArguments_ErrorLinesWithArgumentPaths(string arguments, string expectedStart)
    {
        using var document = JsonDocument.Parse(arguments);
        var result = Tools[0].Call(document.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)));
        Assert.True(result.IsError);
        Assert.Contains(result.Text.Split('\n'), l => l.StartsWith(expectedStart, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("ES", "es")]
    [InlineData("en-GB", "en")]
    public void Call_ARegionalTag_IsReadAsItsLanguage_AsEveryFrontDoorReadsIt(string tag, string language)
    {
        using var value = JsonDocument.Parse(JsonSerializer.Serialize(tag));
        var result = Tools[2].Call([KeyValuePair.Create("language", value.RootElement)]);

        Assert.False(result.IsError, result.Text);
        Assert.True(InterviewRules.Localization.Languages.TryResolve(tag, out var culture, out _));
        Assert.Equal(
            InterviewAdvisor.Default.Rules.Select(r => r.Descriptor.GetTitle(culture)),
            result.StructuredContent.GetProperty("rules").EnumerateArray().Take(InterviewAdvisor.Default.Rules.Count).Select(r => r.GetProperty("title").GetString()));
        Assert.Equal(language, InterviewRules.Localization.Languages.Resolve(culture));
    }

    [Fact]
    public void Call_ALanguageThatDoesNotShip_IsTheCoresSentence()
    {
        using var value = JsonDocument.Parse("\"fr-FR\"");
        var result = Tools[2].Call([KeyValuePair.Create("language", value.RootElement)]);

        Assert.True(InterviewRules.Localization.Languages.TryResolve("fr-FR", out _, out var problem) is false);
        Assert.True(result.IsError);
        Assert.Equal($"$.language: {problem} Leave it out for \"en\".", result.Text);
    }

    [Fact]
    public void LanguageEnum_OfEveryTool_IsTheShippedList()
    {
        foreach (var tool in Tools)
        {
            var language = tool.JsonSchema.GetProperty("properties").GetProperty("language");
            Assert.Equal(InterviewRules.Localization.Languages.Shipped, language.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        }
    }

    [Fact]
    public void Call_ArgumentGivenTwice_Refused()
    {
        using var english = JsonDocument.Parse("\"en\"");
        using var spanish = JsonDocument.Parse("\"es\"");
        var result = Tools[2].Call([KeyValuePair.Create("language", english.RootElement), KeyValuePair.Create("language", spanish.RootElement)]);
        Assert.True(result.IsError);
        Assert.Equal("$.language: the argument is given twice; give it once.", result.Text);
    }

    [Fact]
    public async Task Invoke_PlainValues_ReadAsJson()
    {
        var arguments = new AIFunctionArguments
        {
            ["scenario"] = new Dictionary<string, object?>
            {
                ["candidate"] = new Dictionary<string, object?> { ["yearsOfExperience"] = 9.0, ["interviewsInLastYear"] = 2, ["activelyLooking"] = false },
                ["opportunity"] = new Dictionary<string, object?> { ["interviewer"] = "executive", ["format"] = "onSite", ["travelHours"] = 8, ["durationHours"] = 2 },
                ["concerns"] = new[] { "notInterested" },
            },
        };

        var result = (JsonElement)(await Tools[3].InvokeAsync(arguments))!;

        Assert.Equal("accept", result.GetProperty("decision").GetString());
        Assert.Equal(0.5, result.GetProperty("score").GetDouble());
        Assert.Equal("decline", result.GetProperty("counterfactuals")[0].GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Invoke_ValueThatIsNotJson_ErrorNamesItsPath()
    {
        var result = (JsonElement)(await Tools[1].InvokeAsync(new AIFunctionArguments { ["invitations"] = new[] { new Uri("https://example.org") } }))!;
        Assert.StartsWith("$.invitations[0]: a value of type Uri cannot be read as JSON", result.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListRules_PolicyThatSwitchesARuleOff_ListsItDisabled()
    {
        var advisor = InterviewAdvisor.Create(InterviewPolicy.ArticleDefault.WithRuleEnabled("low-cost", false));
        var result = (JsonElement)(await InterviewTools.Create(advisor)[2].InvokeAsync(new AIFunctionArguments()))!;
        var lowCost = result.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "low-cost");
        Assert.False(lowCost.GetProperty("enabled").GetBoolean());
        Assert.Equal("cost", lowCost.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task AddInterviewTools_DefaultAndKeyedTenants_EachOverItsOwnAdvisor()
    {
        var campus = InterviewJson.ReadPolicy(System.IO.File.ReadAllBytes(System.IO.Path.Combine(Repository.Root, "docs", "policies", "campus-board.json")));
        var services = new ServiceCollection()
            .AddInterviewRules()
            .AddInterviewTools()
            .AddInterviewTools()
            .AddInterviewRules("campus", b => b.UsePolicy(campus))
            .AddInterviewTools("campus", o => o.Culture = System.Globalization.CultureInfo.GetCultureInfo("es"));
        await using var provider = services.BuildServiceProvider();

        var tools = provider.GetRequiredService<IReadOnlyList<InterviewTool>>();
        var tenant = provider.GetRequiredKeyedService<IReadOnlyList<InterviewTool>>("campus");
        Assert.Same(tools, provider.GetRequiredService<IReadOnlyList<InterviewTool>>());
        Assert.Single(provider.GetServices<IReadOnlyList<InterviewTool>>());

        var scenario = JsonDocument.Parse(System.IO.File.ReadAllText(Repository.Example("01-new-graduate-needs-practice.json"))).RootElement;
        var mine = (JsonElement)(await tools[0].InvokeAsync(new AIFunctionArguments { ["scenario"] = scenario }))!;
        var theirs = (JsonElement)(await tenant[0].InvokeAsync(new AIFunctionArguments { ["scenario"] = scenario }))!;
        Assert.Equal("article-default", mine.GetProperty("recommendation").GetProperty("policy").GetProperty("name").GetString());
        Assert.Equal("campus-board", theirs.GetProperty("recommendation").GetProperty("policy").GetProperty("name").GetString());
        Assert.Equal("es", theirs.GetProperty("recommendation").GetProperty("language").GetString());
    }

    [Fact]
    public void Create_NullAdvisor_Throws() => Assert.Throws<ArgumentNullException>(() => InterviewTools.Create(null!));
}
