using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace InterviewRules.Tools.Tests;

/// <summary>
/// interview-rules mcp, end to end: the SDK's own client launches the built program over stdio, once pinned to the
/// 2025-06-18 revision and once with the SDK's default, and checks every answer against the program's own commands.
/// </summary>
public class McpServerTests
{
    public static TheoryData<string?> Revisions => new() { "2025-06-18", null };

    private static readonly string[] ToolNames = ["evaluate_interview", "rank_invitations", "list_rules", "what_would_change_it", "assess_interview"];

    [Theory]
    [MemberData(nameof(Revisions))]
    public async Task Session_InitializeListAndEvaluateEveryExample_AnswersEqualTheProgram(string? revision)
    {
        var stderr = new ConcurrentQueue<string>();
        await using var client = await Connect(revision, stderr);

        if (revision is not null)
        {
            Assert.Equal(revision, client.NegotiatedProtocolVersion);
        }
        else
        {
            Assert.False(string.IsNullOrEmpty(client.NegotiatedProtocolVersion));
        }

        Assert.Equal("interview-rules", client.ServerInfo?.Name);

        var tools = await client.ListToolsAsync();
        Assert.Equal(ToolNames, tools.Select(t => t.Name));
        foreach (var tool in tools)
        {
            Assert.Equal("object", tool.JsonSchema.GetProperty("type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(tool.Description));
            Assert.NotNull(tool.ProtocolTool.OutputSchema);
        }

        var scenarioSchema = tools[0].JsonSchema.GetProperty("properties").GetProperty("scenario");
        var coreSchema = JsonNode.Parse(InterviewJson.Schema("scenario"))!;
        Assert.Equal(
            coreSchema["properties"]!.AsObject().Select(p => p.Key),
            scenarioSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal("array", tools[1].JsonSchema.GetProperty("properties").GetProperty("invitations").GetProperty("type").GetString());

        foreach (var example in Repository.Examples().Select(e => (string)e[0]))
        {
            var result = await Call(client, "evaluate_interview", new { scenario = ReadJson(Repository.Example(example)) });
            Assert.True(result.IsError is null or false, example);
            var (code, expected, _) = Repository.Run("evaluate", Repository.Example(example), "--format", "json");
            Assert.Equal(0, code);
            AssertJsonEqual(expected, result.StructuredContent!.Value.GetProperty("recommendation").GetRawText(), example);
            var markdown = result.StructuredContent!.Value.GetProperty("markdown").GetString();
            Assert.Equal(markdown, Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text);
            Assert.StartsWith("**", markdown, StringComparison.Ordinal);
        }

        Assert.Empty(stderr);
    }

    [Theory]
    [MemberData(nameof(Revisions))]
    public async Task Call_BadArgumentsThenGoodOnes_ErrorResultThenAnswer(string? revision)
    {
        await using var client = await Connect(revision, new ConcurrentQueue<string>());
        var scenario = ReadJson(Repository.Example("01-new-graduate-needs-practice.json"));
        scenario["candidate"]!["yearsOfExperience"] = -2;
        scenario["opportunity"]!["format"] = "carrierPigeon";

        var bad = await Call(client, "evaluate_interview", new { scenario, language = "fr" });

        Assert.True(bad.IsError);
        var lines = Assert.IsType<TextContentBlock>(Assert.Single(bad.Content)).Text.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("$.language: \"fr\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("$.scenario.candidate.yearsOfExperience: ", StringComparison.Ordinal) && l.Contains("-2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("$.scenario.opportunity.format: ", StringComparison.Ordinal) && l.Contains("carrierPigeon", StringComparison.Ordinal));
        Assert.Null(bad.StructuredContent);

        var inbox = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "docs", "inbox", "six-invitations.json")))!.AsArray();
        inbox[2]!["candidate"]!["interviewsInLastYear"] = "three";
        var badRank = await Call(client, "rank_invitations", new { invitations = inbox });
        Assert.True(badRank.IsError);
        Assert.StartsWith("$.invitations[2].candidate.interviewsInLastYear: ", Assert.IsType<TextContentBlock>(badRank.Content[0]).Text, StringComparison.Ordinal);

        // An unknown tool is a protocol error; the server keeps serving after it.
        await Assert.ThrowsAnyAsync<McpException>(async () => await Call(client, "evaluate", new { }));

        var good = await Call(client, "evaluate_interview", new { scenario = ReadJson(Repository.Example("01-new-graduate-needs-practice.json")), language = "es" });
        Assert.True(good.IsError is null or false);
        Assert.Equal("es", good.StructuredContent!.Value.GetProperty("recommendation").GetProperty("language").GetString());
        Assert.StartsWith("**Acepta la entrevista.**", Assert.IsType<TextContentBlock>(good.Content[0]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RankRulesAndCounterfactuals_EqualTheProgramsJson()
    {
        await using var client = await Connect("2025-06-18", new ConcurrentQueue<string>());
        var inboxFile = Path.Combine(Repository.Root, "docs", "inbox", "six-invitations.json");
        var rank = await Call(client, "rank_invitations", new { invitations = ReadJson(inboxFile) });
        AssertJsonEqual(Repository.Run("rank", inboxFile, "--format", "json").Stdout, rank.StructuredContent!.Value.GetRawText(), "rank");
        AssertJsonEqual(Assert.IsType<TextContentBlock>(rank.Content[0]).Text, rank.StructuredContent!.Value.GetRawText(), "rank text");

        var rules = await Call(client, "list_rules", new { language = "es" });
        var listed = rules.StructuredContent!.Value.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(11, listed.Count);
        Assert.All(listed, r => Assert.True(r.GetProperty("enabled").GetBoolean()));
        Assert.Equal("Necesitas práctica", listed[0].GetProperty("title").GetString());

        var example = Repository.Example("13-long-trip-not-looking.json");
        var change = await Call(client, "what_would_change_it", new { scenario = ReadJson(example) });
        var expected = JsonNode.Parse(Repository.Run("evaluate", example, "--format", "json", "--counterfactuals").Stdout)!;
        var actual = JsonNode.Parse(change.StructuredContent!.Value.GetRawText())!;
        Assert.Equal(["decision", "score", "counterfactuals"], actual.AsObject().Select(p => p.Key));
        foreach (var name in new[] { "decision", "score", "counterfactuals" })
        {
            Assert.True(JsonNode.DeepEquals(expected[name], actual[name]), name);
        }
    }

    [Fact]
    public async Task Assess_OverTheProgram_TheLibrarysAssessment_AndBadArgumentsAToolError()
    {
        var stderr = new ConcurrentQueue<string>();
        await using var client = await Connect("2025-06-18", stderr);
        var tools = await client.ListToolsAsync();
        var assess = tools.Single(t => t.Name == "assess_interview");
        Assert.Contains("never ask anything that is not in `questions`", assess.Description, StringComparison.Ordinal);
        Assert.Equal(
            JsonNode.Parse(InterviewJson.Schema("partial-scenario"))!["properties"]!.AsObject().Select(p => p.Key),
            assess.JsonSchema.GetProperty("properties").GetProperty("scenario").GetProperty("properties").EnumerateObject().Select(p => p.Name));

        var scenario = JsonNode.Parse("""{"opportunity": {"interviewer": "recruiter", "format": "video"}, "concerns": {"include": ["tooBusy", "notInterested"]}, "redFlags": [], "rumours": []}""")!;
        var result = await Call(client, "assess_interview", new { scenario, language = "es" });

        Assert.True(result.IsError is null or false);
        var expected = InterviewAdvisor.Default.Assess(InterviewJson.ReadPartialScenario(scenario.ToJsonString()));
        AssertJsonEqual(InterviewJson.Write(expected, System.Globalization.CultureInfo.GetCultureInfo("es")), result.StructuredContent!.Value.GetProperty("assessment").GetRawText(), "assess");
        Assert.Equal(result.StructuredContent!.Value.GetProperty("markdown").GetString(), Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text);

        var bad = await Call(client, "assess_interview", new { scenario = JsonNode.Parse("""{"candidate": {"yearsOfExperience": "two"}, "opportunity": null}""") });
        Assert.True(bad.IsError);
        Assert.Null(bad.StructuredContent);
        var lines = Assert.IsType<TextContentBlock>(Assert.Single(bad.Content)).Text.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("$.scenario.candidate.yearsOfExperience: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("$.scenario.opportunity: ", StringComparison.Ordinal));

        // Missing facts at evaluate_interview: the error points to assess_interview.
        var missing = await Call(client, "evaluate_interview", new { scenario = JsonNode.Parse("""{"opportunity": {"interviewer": "recruiter", "format": "video"}, "concerns": ["tooBusy", "notInterested"]}""") });
        Assert.True(missing.IsError);
        Assert.Contains("call assess_interview", Assert.IsType<TextContentBlock>(Assert.Single(missing.Content)).Text, StringComparison.Ordinal);
        Assert.Empty(stderr);
    }

    [Fact]
    public async Task TwoServerProcessesInARow_EachServesASession()
    {
        for (var i = 0; i < 2; i++)
        {
            await using var client = await Connect(null, new ConcurrentQueue<string>());
            var result = await Call(client, "evaluate_interview", new { scenario = ReadJson(Repository.Example("07-untrustworthy-leadership-veto.json")) });
            Assert.Equal("decline", result.StructuredContent!.Value.GetProperty("recommendation").GetProperty("decision").GetString());
        }
    }

    [Fact]
    public async Task Mcp_PolicyAndCulture_AppliedToEveryCall()
    {
        var stderr = new ConcurrentQueue<string>();
        await using var client = await Connect("2025-06-18", stderr, "--policy", Path.Combine(Repository.Root, "docs", "policies", "campus-board.json"), "--culture", "es");
        var result = await Call(client, "evaluate_interview", new { scenario = ReadJson(Repository.Example("01-new-graduate-needs-practice.json")) });
        var recommendation = result.StructuredContent!.Value.GetProperty("recommendation");
        Assert.Equal("campus-board", recommendation.GetProperty("policy").GetProperty("name").GetString());
        Assert.Equal("es", recommendation.GetProperty("language").GetString());

        var english = await Call(client, "evaluate_interview", new { scenario = ReadJson(Repository.Example("01-new-graduate-needs-practice.json")), language = "en" });
        Assert.Equal("en", english.StructuredContent!.Value.GetProperty("recommendation").GetProperty("language").GetString());
        Assert.Empty(stderr);
    }

    [Fact]
    public void Mcp_BadCulture_ExitsTwoWithNothingOnStdout()
    {
        var (code, stdout, stderr) = Repository.Run("mcp", "--culture", "");
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains("--culture", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Mcp_InputEndsAtOnce_ExitsZeroWithNothingOnStdout()
    {
        var (code, stdout, stderr) = Repository.Run("mcp");
        Assert.Equal(0, code);
        Assert.Empty(stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Mcp_RequestsPipedThenInputEnds_EveryRequestAnsweredBeforeExit()
    {
        var requests = string.Join("\n",
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"pipe","version":"1"}}}""",
            """{"jsonrpc":"2.0","method":"notifications/initialized"}""",
            """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"list_rules","arguments":{}}}""",
            """{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"evaluate_interview","arguments":{"scenario":[]}}}""") + "\n";

        var (code, stdout, stderr) = Repository.RunWithInput(requests, "mcp");

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        // JSON-RPC lets a server answer requests in any order (the SDK runs tool calls concurrently): match replies by id.
        var replies = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToDictionary(r => (int)r["id"]!);
        Assert.Equal([1, 2, 3], replies.Keys.Order());
        Assert.Equal(11, replies[2]["result"]!["structuredContent"]!["rules"]!.AsArray().Count);
        Assert.True((bool)replies[3]["result"]!["isError"]!);
        Assert.StartsWith("$.scenario: ", (string)replies[3]["result"]!["content"]![0]!["text"]!, StringComparison.Ordinal);
    }

    internal static async Task<McpClient> Connect(string? revision, ConcurrentQueue<string> stderr, params string[] extra)
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "interview-rules",
            Command = Repository.DotNet,
            Arguments = [Repository.Program, "mcp", .. extra],
            StandardErrorLines = stderr.Enqueue,
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        return await McpClient.CreateAsync(transport, new McpClientOptions
        {
            ProtocolVersion = revision,
            ClientInfo = new Implementation { Name = "interview-rules-tests", Version = "1.0.0" },
            // On a loaded machine the program can take more than the default revision's 5-second probe to start; the
            // SDK's client then falls back to initialize while the server answers the probe, and the session hangs.
            // A host that starts the server cold should be as patient.
            DiscoverProbeTimeout = TimeSpan.FromSeconds(90),
            InitializationTimeout = TimeSpan.FromSeconds(150),
        }, cancellationToken: timeout.Token);
    }

    internal static async Task<CallToolResult> Call(McpClient client, string tool, object arguments)
    {
        var map = JsonSerializer.SerializeToElement(arguments).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        return await client.CallToolAsync(tool, map);
    }

    internal static JsonNode ReadJson(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    private static void AssertJsonEqual(string expected, string actual, string what) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"{what}: the tool's JSON differs from the program's.\nexpected: {expected}\nactual: {actual}");
}
