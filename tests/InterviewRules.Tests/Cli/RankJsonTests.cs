using System.IO;
using System.Linq;
using System.Text.Json;
using InterviewRules.Cli;
using Xunit;

namespace InterviewRules.Tests.Cli;

/// <summary><c>rank --format json</c> writes the ranking contract: the same order as the text, each with its first three reasons.</summary>
public class RankJsonTests
{
    private static readonly string Inbox = Path.Combine(System.AppContext.BaseDirectory, "inbox", "six-invitations.json");

    private static System.Collections.Generic.IReadOnlyList<InterviewScenario> Read(byte[] json)
    {
        Assert.True(InterviewJson.TryReadScenarios(json, out var scenarios, out var errors), string.Join("; ", errors));
        return scenarios;
    }

    private static (int Code, string Out) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var code = CliApp.Run(args, Stream.Null, stdout, new StringWriter());
        return (code, stdout.ToString());
    }

    [Fact]
    public void RankJson_SameOrderAsText_RanksFromOne_FirstThreeReasons()
    {
        var path = Inbox;
        var (code, json) = Run("rank", path, "--format", "json");
        var (_, text) = Run("rank", path);

        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("article-default", root.GetProperty("policy").GetProperty("name").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        var invitations = root.GetProperty("invitations").EnumerateArray().ToArray();
        var lines = text.TrimEnd().Split('\n');
        Assert.Equal(lines.Length, invitations.Length);
        var scenarios = Read(File.ReadAllBytes(path));
        for (var i = 0; i < invitations.Length; i++)
        {
            var invitation = invitations[i];
            var index = invitation.GetProperty("index").GetInt32();
            Assert.Equal(i + 1, invitation.GetProperty("rank").GetInt32());
            Assert.StartsWith($"{i + 1}. invitation [{index}]: {invitation.GetProperty("decision").GetString()}", lines[i], System.StringComparison.Ordinal);
            var recommendation = InterviewAdvisor.Default.Recommend(scenarios[index]);
            Assert.Equal(recommendation.Score, invitation.GetProperty("score").GetDouble());
            Assert.Equal(recommendation.IsVetoed, invitation.GetProperty("vetoed").GetBoolean());
            Assert.Equal(recommendation.FiredRuleIds.Take(3), invitation.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()));
        }
    }

    [Fact]
    public void RankJson_InSpanish_TitlesInSpanish_EmptyListIsAnEmptyRanking()
    {
        var scenarios = Read(System.Text.Encoding.UTF8.GetBytes("[" + System.Text.Encoding.UTF8.GetString(Examples.ScenarioBytes("01-new-graduate-needs-practice")).TrimStart('\uFEFF') + "]"));

        var spanish = InterviewJson.WriteRanking(InterviewAdvisor.Default, scenarios, System.Globalization.CultureInfo.GetCultureInfo("es"));
        var empty = InterviewJson.WriteRanking(InterviewAdvisor.Default, []);

        Assert.Contains("\"language\": \"es\"", spanish, System.StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Necesitas práctica\"", spanish, System.StringComparison.Ordinal);
        Assert.Contains("\"invitations\": []", empty, System.StringComparison.Ordinal);
    }
}
