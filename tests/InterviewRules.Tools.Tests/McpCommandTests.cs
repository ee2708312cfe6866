using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace InterviewRules.Tools.Tests;

/// <summary>What <c>interview-rules mcp</c> (McpCommand) answers to tool calls, read off the wire of the real server.</summary>
public class McpCommandTests
{
    private static string Example(string name) => JsonNode.Parse(File.ReadAllText(Repository.Example(name)))!.ToJsonString();

    /// <summary>An example with every field written out and an industry: as a partial scenario, nothing the rules read is unknown.</summary>
    private static string Complete(string name)
    {
        var written = JsonNode.Parse(InterviewJson.Write(InterviewJson.ReadScenario(File.ReadAllText(Repository.Example(name)))))!;
        written["opportunity"]!["industry"] = "logistics";
        return written.ToJsonString();
    }

    /// <summary>
    /// The official TypeScript client's check (SDK 1.x <c>Client.callTool</c>), over real server output: a tool with an
    /// output schema must give structured content unless the result is an error, and structured content, when there
    /// is any (also on an error), must be valid against the schema, or the call fails with -32602.
    /// </summary>
    [Fact]
    public void EveryTool_SuccessAndErrorResults_ConformToTheAdvertisedOutputSchema()
    {
        var inbox = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "docs", "inbox", "six-invitations.json")))!.ToJsonString();
        var calls = new (string Tool, string Arguments, bool Error)[]
        {
            ("evaluate_interview", $$"""{"scenario":{{Example("01-new-graduate-needs-practice.json")}}}""", false),
            ("evaluate_interview", $$"""{"scenario":{{Example("13-long-trip-not-looking.json")}},"language":"es","counterfactuals":true}""", false),
            ("evaluate_interview", """{"scenario":[],"language":"fr"}""", true),
            ("rank_invitations", $$"""{"invitations":{{inbox}}}""", false),
            ("rank_invitations", """{"invitations":{}}""", true),
            ("list_rules", "{}", false),
            ("list_rules", """{"language":"es"}""", false),
            ("list_rules", """{"language":"fr"}""", true),
            ("what_would_change_it", $$"""{"scenario":{{Example("13-long-trip-not-looking.json")}}}""", false),
            ("what_would_change_it", """{"color":"red"}""", true),
            ("assess_interview", """{"scenario":{}}""", false),
            ("assess_interview", """{"scenario":{"opportunity":{"interviewer":"recruiter","format":"video"},"concerns":{"include":["tooBusy","notInterested"]},"redFlags":[],"rumours":[]},"language":"es"}""", false),
            ("assess_interview", $$"""{"scenario":{{Complete("13-long-trip-not-looking.json")}}}""", false),
            ("assess_interview", """{"scenario":{"candidate":null,"concerns":{"include":["x"]}}}""", true),
            ("evaluate_interview", """{"scenario":{"opportunity":{"interviewer":"recruiter","format":"video"}}}""", true),
        };
        var lines = new List<string> { """{"jsonrpc":"2.0","id":"list","method":"tools/list"}""" };
        lines.AddRange(calls.Select((c, i) => McpWire.Call(i, c.Tool, c.Arguments)));

        var replies = McpWire.Serve([.. lines]);

        var schemas = McpWire.Reply(replies, "\"list\"")["result"]!["tools"]!.AsArray()
            .ToDictionary(t => (string)t!["name"]!, t => JsonSchema.FromText(t!["outputSchema"]!.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
        Assert.Equal(5, schemas.Count);
        Assert.Equal(schemas.Keys.Order(), calls.Select(c => c.Tool).Distinct().Order());
        for (var i = 0; i < calls.Length; i++)
        {
            var (tool, _, error) = calls[i];
            var result = McpWire.Reply(replies, i.ToString(System.Globalization.CultureInfo.InvariantCulture))["result"]!.AsObject();
            var what = $"call {i} ({tool}, {(error ? "bad" : "good")} arguments)";
            Assert.True(error == ((bool?)result["isError"] ?? false), what);
            var text = (string)result["content"]![0]!["text"]!;
            if (error)
            {
                Assert.All(text.Split('\n'), l => Assert.StartsWith("$", l, StringComparison.Ordinal));
                if (tool == "assess_interview")
                {
                    Assert.All(text.Split('\n'), l => Assert.StartsWith("$.scenario.", l, StringComparison.Ordinal));
                }
            }
            else
            {
                Assert.True(result["structuredContent"] is not null, $"{what}: a tool with an output schema gave no structured content.");
            }

            if (result["structuredContent"] is { } structured)
            {
                using var document = JsonDocument.Parse(structured.ToJsonString());
                var evaluation = schemas[tool].Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
                Assert.True(
                    evaluation.IsValid,
                    $"{what}: the structured content does not match the tool's outputSchema: " +
                    string.Join("; ", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
            }
        }
    }

    [Fact]
    public void ArgumentGivenTwice_ToolErrorNamingIt()
    {
        var replies = McpWire.Serve(McpWire.Call(1, "list_rules", """{"language":"en","language":"es"}"""));

        var result = McpWire.Reply(replies, "1")["result"]!;
        Assert.True((bool)result["isError"]!);
        Assert.Equal("$.language: the argument is given twice; give it once.", (string)result["content"]![0]!["text"]!);
    }
}
