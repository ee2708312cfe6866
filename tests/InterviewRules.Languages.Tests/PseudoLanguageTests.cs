using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewRules.Cli;
using InterviewRules.Localization;
using Xunit;

namespace InterviewRules.Languages.Tests;

/// <summary>A language registered with one line and one resource file is seen everywhere: texts, numbers, the program, the tools, the schemas.</summary>
public class PseudoLanguageTests
{
    private static readonly CultureInfo Pseudo = Resolved(PseudoLanguage.Code);

    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name + ".json");

    private static CultureInfo Resolved(string tag) =>
        Localization.Languages.TryResolve(tag, out var culture, out var problem) ? culture : throw new InvalidOperationException(problem);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, Stream.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void TheList_HasIt_AndATagResolvesToIt_AsAnyShippedLanguage()
    {
        Assert.Equal(["en", "es", "qps"], Localization.Languages.Shipped);
        Assert.Equal(PseudoLanguage.Code, Localization.Languages.Resolve(Resolved("qps-XA")));
        Assert.Equal(PseudoLanguage.Code, Localization.Languages.Resolve(Resolved("QPS")));
        Assert.True(Localization.Languages.HasTexts(Pseudo));
        Assert.False(Localization.Languages.TryResolve("fr", out _, out var problem));
        Assert.Contains("texts ship in en, es, qps", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_AreItsOwn_AndEnglishWhereItHasNone()
    {
        var recommendation = InterviewAdvisor.Default.Recommend(InterviewJson.ReadScenario(File.ReadAllBytes(Example("01-new-graduate-needs-practice"))));
        var practice = recommendation.Findings.Single(f => f.RuleId == "need-practice");
        var networking = recommendation.Findings.Single(f => f.RuleId == "networking");

        Assert.Equal("[Ýóú ñééð þŕáçţîçé]", practice.GetTitle(Pseudo));
        Assert.Equal("[§1 Ýóú Ñééð Þŕáçţîçé]", practice.GetSource(Pseudo));
        Assert.Equal(networking.Title, networking.GetTitle(Pseudo));
        Assert.StartsWith("[Ţáķé ţĥé îñţéŕvîéŵ] ([áççéþţ], [šçóŕé] +", Rendering.Renderers.Render("text", recommendation, null, Pseudo), StringComparison.Ordinal);
        Assert.Contains("\"language\": \"qps\"", InterviewJson.Write(recommendation, null, Pseudo), StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_InItsTexts_UseItsDecimalSeparator_AndJsonNumbersNever()
    {
        var scenario = InterviewJson.ReadScenario(File.ReadAllBytes(Example("12-video-interview-low-cost")));
        var ranked = InterviewAdvisor.Default.Rank([scenario]).Single();

        Assert.Equal("+0·5", WeightText.SignedFor(0.5, Pseudo));
        Assert.Matches(@"^\[îñvîţáţîóñ\] \[0\]: \[áççéþţ\], \[šçóŕé\] \+\d+·5$", ranked.GetText(Pseudo));
        Assert.DoesNotContain("·", InterviewJson.Write(InterviewAdvisor.Default.Recommend(scenario), null, Pseudo), StringComparison.Ordinal);
    }

    [Fact]
    public void TheProgram_TakesItAsCulture_WithItsWordsAndNumbers()
    {
        var (code, stdout, stderr) = Run("rules", "--culture", "qps-XA");

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Matches(@"^\[îð\] +\[ķîñð\] +\[šéçţîóñ\] +\[ŵéîĝĥţ\]\n", stdout);
        Assert.Matches(@"\nneed-practice +\[ŕéášóñ\] +\[§1 Ýóú Ñééð Þŕáçţîçé\] +\+2\n", stdout);
        Assert.Contains("+0·5", stdout, StringComparison.Ordinal);
        Assert.Contains("The language of the texts: en (default), es or qps;", Run("evaluate", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTools_ListItInTheirLanguageEnum_AndAnswerInIt()
    {
        var tools = InterviewTools.Create(InterviewAdvisor.Default);
        foreach (var tool in tools)
        {
            var language = tool.JsonSchema.GetProperty("properties").GetProperty("language");
            Assert.Equal(["en", "es", "qps"], language.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
            Assert.Contains("qps (Pseudo)", language.GetProperty("description").GetString(), StringComparison.Ordinal);
        }

        using var scenario = JsonDocument.Parse(File.ReadAllText(Example("01-new-graduate-needs-practice")));
        using var tag = JsonDocument.Parse("\"qps-XA\"");
        var result = tools[0].Call([new("scenario", scenario.RootElement), new("language", tag.RootElement)]);

        Assert.False(result.IsError, result.Text);
        Assert.Equal("qps", result.StructuredContent.GetProperty("recommendation").GetProperty("language").GetString());
        Assert.StartsWith("**[Ţáķé ţĥé îñţéŕvîéŵ].**", result.StructuredContent.GetProperty("markdown").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recommendation")]
    [InlineData("ranking")]
    public void TheContractSchemas_ListIt(string name)
    {
        var schema = JsonNode.Parse(InterviewJson.Schema(name))!;

        Assert.Equal(["en", "es", "qps"], schema["properties"]!["language"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
    }
}
