using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using InterviewRules.Engine;
using InterviewRules.Policies;
using Json.Schema;
using Xunit;

namespace InterviewRules.Tests.Json;

/// <summary>The JSON Schemas of docs/schemas (draft 2020-12), checked with JsonSchema.Net 8.0.5 against every example and every produced recommendation.</summary>
public class SchemaTests
{
    internal static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(() =>
        InterviewJson.SchemaNames.ToDictionary(n => n, n => JsonSchema.FromText(InterviewJson.Schema(n))));

    public static IEnumerable<object[]> Names => Examples.Names();

    private static bool Valid(string schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schemas.Value[schema].Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    [Fact]
    public void Schemas_AreDraft202012_AndTheCliPrintsTheDocsFiles()
    {
        foreach (var name in InterviewJson.SchemaNames)
        {
            var text = InterviewJson.Schema(name);
            Assert.Contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", text);
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "schemas", name + ".schema.json")), text);
            var stdout = new StringWriter();
            Assert.Equal(0, InterviewRules.Cli.CliApp.Run(["schema", name], Stream.Null, stdout, new StringWriter()));
            Assert.Equal(text, stdout.ToString());
        }

        Assert.Throws<ArgumentException>(() => InterviewJson.Schema("finding"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_AndItsRecommendation_AreValid(string name)
    {
        var json = File.ReadAllText(Examples.ScenarioPath(name));
        var scenario = InterviewJson.ReadScenario(json);
        var recommendation = InterviewAdvisor.Default.Recommend(scenario);

        Assert.True(Valid("scenario", json), $"{name}.json");
        Assert.True(Valid("scenario", InterviewJson.Write(scenario)), $"{name} rewritten");
        Assert.True(Valid("recommendation", InterviewJson.Write(recommendation)), $"{name} recommendation");
        Assert.True(Valid("recommendation", InterviewJson.Write(recommendation, InterviewAdvisor.Default.Counterfactuals(scenario))), $"{name} with counterfactuals");
        Assert.True(Valid("recommendation", InterviewJson.Write(recommendation, InterviewAdvisor.Default.Counterfactuals(scenario), System.Globalization.CultureInfo.GetCultureInfo("es"))), $"{name} in Spanish");
    }

    [Fact]
    public void Rankings_AreValid_AndTheSchemaRejectsAStrayField()
    {
        var inbox = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "inbox", "six-invitations.json"));
        Assert.True(InterviewJson.TryReadScenarios(inbox, out var scenarios, out _));

        var english = InterviewJson.WriteRanking(InterviewAdvisor.Default, scenarios);
        var spanish = InterviewJson.WriteRanking(InterviewAdvisor.Default, scenarios, System.Globalization.CultureInfo.GetCultureInfo("es"));

        Assert.True(Valid("ranking", english));
        Assert.True(Valid("ranking", spanish));
        Assert.True(Valid("ranking", InterviewJson.WriteRanking(InterviewAdvisor.Default, [])));
        Assert.False(Valid("ranking", english.Replace("\"vetoed\": false", "\"vetoed\": false, \"extra\": 1", StringComparison.Ordinal)));
    }

    [Fact]
    public void Policies_AndRecommendationsWithConditionsAndFailures_AreValid()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "policies"), "*.json").Where(f => !f.EndsWith(".tests.json", StringComparison.Ordinal)))
        {
            Assert.True(Valid("policy", File.ReadAllText(file)), file);
            var advisor = InterviewAdvisor.Create(InterviewJson.ReadPolicy(File.ReadAllBytes(file)));
            var recommendation = advisor.Recommend(InterviewJson.ReadScenario(Examples.ScenarioBytes("13-long-trip-not-looking")));
            Assert.True(Valid("recommendation", InterviewJson.Write(recommendation)), file);
        }

        var broken = new InterviewAdvisor(new Evaluator<InterviewScenario>(
            InterviewRules.Article.ArticleRules.CreateDefaultRuleSet().Replace("networking", _ => Rule.When<InterviewScenario>(new RuleDescriptor("networking", FindingKind.Reason, "t", "s", "w"), _ => throw new InvalidOperationException("down"), 1, "e"))),
            InterviewAdvisor.Default.Policy);
        var incomplete = InterviewJson.Write(broken.Recommend(Some.Scenario()));
        Assert.Contains("\"failures\"", incomplete);
        Assert.True(Valid("recommendation", incomplete));
    }

    [Theory]
    [InlineData("{\"opportunity\":{\"interviewer\":\"peer\",\"format\":\"video\"}}")]
    [InlineData("{\"candidate\":{\"yearsOfExperience\":\"3\",\"interviewsInLastYear\":2,\"activelyLooking\":true},\"opportunity\":{\"interviewer\":\"peer\",\"format\":\"video\"}}")]
    [InlineData("{\"candidate\":{\"yearsOfExperience\":3,\"interviewsInLastYear\":2.5,\"activelyLooking\":true},\"opportunity\":{\"interviewer\":\"peer\",\"format\":\"video\"}}")]
    [InlineData("{\"candidate\":{\"yearsOfExperience\":3,\"interviewsInLastYear\":2,\"activelyLooking\":true},\"opportunity\":{\"interviewer\":\"boss\",\"format\":\"video\"}}")]
    [InlineData("{\"candidate\":{\"yearsOfExperience\":3,\"interviewsInLastYear\":2,\"activelyLooking\":true},\"opportunity\":{\"interviewer\":\"peer\",\"format\":\"video\"},\"concerns\":[\"tooBusy\",\"tooBusy\"]}")]
    [InlineData("{\"candidate\":{\"yearsOfExperience\":3,\"interviewsInLastYear\":2,\"activelyLooking\":true,\"age\":4},\"opportunity\":{\"interviewer\":\"peer\",\"format\":\"video\"}}")]
    [InlineData("{\"candidate\":{\"yearsOfExperience\":3,\"interviewsInLastYear\":2,\"activelyLooking\":true},\"opportunity\":{\"interviewer\":\"peer\",\"format\":\"video\",\"durationHours\":0}}")]
    public void ScenarioSchema_RejectsStructurallyBadDocuments_AsTheReaderDoes(string json)
    {
        Assert.False(Valid("scenario", json));
        Assert.False(InterviewJson.TryReadScenario(System.Text.Encoding.UTF8.GetBytes(json), out _, out _));
    }

    [Theory]
    [InlineData("{\"version\":\"1\"}")]
    [InlineData("{\"name\":\"p\",\"version\":\"1\",\"rules\":{\"need-practise\":{}}}")]
    [InlineData("{\"name\":\"p\",\"version\":\"1\",\"rules\":{\"networking\":{\"weight\":101}}}")]
    [InlineData("{\"name\":\"p\",\"version\":\"1\",\"customRules\":[{\"id\":\"networking\",\"kind\":\"reason\",\"effect\":\"accept\",\"weight\":1,\"title\":\"t\",\"explanation\":\"e\",\"source\":\"s\",\"when\":{\"fact\":\"concerns\",\"op\":\"contains\",\"value\":\"tooBusy\"}}]}")]
    [InlineData("{\"name\":\"p\",\"version\":\"1\",\"customRules\":[{\"id\":\"c\",\"kind\":\"reason\",\"effect\":\"accept\",\"weight\":1,\"title\":\"t\",\"explanation\":\"e\",\"source\":\"s\",\"when\":{\"fact\":\"salary\",\"op\":\"greaterThan\",\"value\":3}}]}")]
    public void PolicySchema_RejectsStructurallyBadDocuments(string json)
    {
        Assert.False(Valid("policy", json));
        Assert.False(InterviewJson.TryReadPolicy(System.Text.Encoding.UTF8.GetBytes(json), out _, out _));
    }

    [Fact]
    public void RecommendationSchema_RejectsAnUndeclaredField()
    {
        var json = InterviewJson.Write(InterviewAdvisor.Default.Recommend(Some.Scenario()));

        Assert.False(Valid("recommendation", json.Replace("\"decision\":", "\"mood\": 1, \"decision\":", StringComparison.Ordinal)));
        Assert.False(Valid("recommendation", json.Replace("\"veto\": false", "\"veto\": false, \"confidence\": 1", StringComparison.Ordinal)));
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
