using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace InterviewRules.Tools.Tests;

/// <summary>
/// The recorded conversation of docs/chatbot.md: an MCP host calls assess_interview with what the candidate said,
/// asks only the first of the questions, calls again with the answer, and stops when the answer is settled. One test
/// records it from the server and keeps the doc equal to the recording (UPDATE_TRANSCRIPT=1 writes it); the other
/// replays the doc's requests to the built program and checks its answers equal the recorded ones.
/// </summary>
public partial class McpAssessConversationTests
{
    private const string Begin = "<!-- mcp-assess-conversation:begin -->";
    private const string End = "<!-- mcp-assess-conversation:end -->";
    private const string HostHeader = "**host → interview-rules** `tools/call`";
    private const string ServerHeader = "**interview-rules → host** reply to ";

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    /// <summary>What the candidate says first, and what the host makes of it: the CEO story is not yet a red flag, nor a rumour.</summary>
    private const string Opening =
        "A recruiter wants a video call with me about a role. Honestly, I'm swamped at work and I'm not even sure I want " +
        "that job. I know nothing about the company, apart from some story about their CEO.";

    private const string OpeningScenario = """
        {
          "opportunity": { "interviewer": "recruiter", "format": "video" },
          "concerns": { "include": ["tooBusy", "notInterested"] },
          "redFlags": { "exclude": ["negativeManagement", "leadershipConflict", "highTurnover", "hostileCulture"] },
          "rumours": { "exclude": ["negativeManagement", "leadershipConflict", "highTurnover", "hostileCulture"] }
        }
        """;

    /// <summary>
    /// The candidate's side of the conversation: for each fact the host may ask about, how the host puts it (in its own
    /// words), what the candidate answers, and what the host adds to the scenario. A question not here fails the test.
    /// </summary>
    private static readonly Dictionary<string, (string Asked, string Answer, Action<JsonObject> Add)> Script = new()
    {
        ["redFlags.untrustworthyLeadership"] = (
            "That story about their CEO: do you know it in detail, say from people who worked with them or from the record, or is it something you only heard?",
            "Only something a friend heard at a party. Nothing on record.",
            s =>
            {
                Add(s, "rumours", "include", "untrustworthyLeadership");
                Add(s, "redFlags", "exclude", "untrustworthyLeadership");
            }),
    };

    [Fact]
    public void AssessConversation_InChatbotDoc_IsTheRecordedConversation()
    {
        var transcript = Render(Record());

        var docPath = Path.Combine(Repository.Root, "docs", "chatbot.md");
        var doc = File.ReadAllText(docPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var committed = Section(doc, out var start, out var end);

        if (committed != transcript && Environment.GetEnvironmentVariable("UPDATE_TRANSCRIPT") == "1")
        {
            File.WriteAllText(docPath, doc[..start] + transcript + doc[end..]);
            return;
        }

        Assert.True(
            committed == transcript,
            "The assess_interview conversation in docs/chatbot.md differs from the one just recorded. If the change is intended, run the tests with UPDATE_TRANSCRIPT=1 and commit docs/chatbot.md.\n--- recorded:\n" + transcript);
    }

    [Fact]
    public void AssessConversation_ReplayedToTheProgram_AnswersEqualTheRecordedOnes()
    {
        var doc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "chatbot.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var (requests, recorded) = Messages(Section(doc, out _, out _));
        Assert.True(requests.Count >= 2, "The conversation has fewer than two calls: it shows no question asked and answered.");
        Assert.Equal(requests.Count, recorded.Count);

        var input = string.Join("\n", [McpWire.Initialize, McpWire.Initialized, .. requests.Select(r => r.ToJsonString())]) + "\n";
        var (code, stdout, stderr) = Repository.RunWithInput(input, "mcp");

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        var replies = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject())
            .Where(r => r["id"]?.ToJsonString() != "\"init\"").ToDictionary(r => r["id"]!.ToJsonString());
        for (var i = 0; i < requests.Count; i++)
        {
            var id = requests[i]["id"]!.ToJsonString();
            Assert.True(replies.TryGetValue(id, out var reply), $"The program did not answer the request with id {id}.");
            Assert.True(JsonNode.DeepEquals(recorded[i], reply), $"The program's answer to request {id} differs from the one in docs/chatbot.md.\nprogram: {reply!.ToJsonString()}");
        }

        // The conversation the doc shows: open until the last call, settled then; each call after the first knows the
        // fact the previous one asked first, and nothing it knew before is forgotten.
        var assessments = recorded.Select(r => r["result"]!["structuredContent"]!["assessment"]!).ToList();
        for (var i = 0; i < assessments.Count; i++)
        {
            Assert.Equal(i == assessments.Count - 1 ? "settled" : "open", (string)assessments[i]["status"]!);
            Assert.All(requests[i]["params"]!["arguments"]!.AsObject(), a => Assert.Contains(a.Key, new[] { "scenario", "language" }));
            if (i > 0)
            {
                var asked = (string)assessments[i - 1]["questions"]![0]!["fact"]!;
                var before = assessments[i - 1]["unknown"]!.AsArray().Select(u => (string)u!).ToList();
                var after = assessments[i]["unknown"]!.AsArray().Select(u => (string)u!).ToList();
                Assert.DoesNotContain(asked, after);
                Assert.Empty(after.Except(before));
            }
        }

        Assert.Empty(assessments[^1]["questions"]!.AsArray());
    }

    /// <summary>Holds the conversation with the server: call, ask the first question, add the answer, until settled.</summary>
    private static List<(string? Said, JsonObject Request, JsonObject Reply, string Then)> Record()
    {
        var turns = new List<(string? Said, JsonObject Request, JsonObject Reply, string Then)>();
        var scenario = JsonNode.Parse(OpeningScenario)!.AsObject();
        string said = Opening;
        for (var id = 1; ; id++)
        {
            Assert.True(id <= 10, "The conversation did not settle within ten calls.");
            var request = JsonNode.Parse(McpWire.Call(id, "assess_interview", new JsonObject { ["scenario"] = scenario.DeepClone() }.ToJsonString()))!.AsObject();
            var reply = McpWire.Reply(McpWire.Serve(request.ToJsonString()), id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var assessment = reply["result"]!["structuredContent"]!["assessment"]!;
            if ((string)assessment["status"]! == "settled")
            {
                turns.Add((said, request, reply, (string)assessment["summary"]!));
                return turns;
            }

            var fact = (string)assessment["questions"]![0]!["fact"]!;
            Assert.True(Script.TryGetValue(fact, out var step), $"The server asks first about {fact}, which the script has no answer to; add one.");
            turns.Add((said, request, reply, step.Asked));
            step.Add(scenario);
            said = step.Answer;
        }
    }

    private static string Render(List<(string? Said, JsonObject Request, JsonObject Reply, string Then)> turns)
    {
        var text = new StringBuilder("\n<!-- Recorded by tests/InterviewRules.Tools.Tests (McpAssessConversationTests) from the server; do not edit: run the tests with UPDATE_TRANSCRIPT=1 to record it again. -->\n");
        foreach (var (said, request, reply, then) in turns)
        {
            text.Append("\n> **Candidate:** ").Append(said).Append('\n');
            text.Append('\n').Append(HostHeader).Append("\n\n```json\n").Append(request.ToJsonString(Pretty)).Append("\n```\n");
            text.Append('\n').Append(ServerHeader).Append(request["id"]!.ToJsonString()).Append("\n\n```json\n").Append(reply.ToJsonString(Pretty)).Append("\n```\n");
            text.Append("\n> **Assistant:** ").Append(then).Append('\n');
        }

        return text.Append('\n').ToString();
    }

    /// <summary>The host's requests and the server's replies, in order, read back from the doc's section.</summary>
    private static (List<JsonObject> Requests, List<JsonObject> Replies) Messages(string section)
    {
        var requests = new List<JsonObject>();
        var replies = new List<JsonObject>();
        foreach (Match match in Block().Matches(section))
        {
            var message = JsonNode.Parse(match.Groups["json"].Value)!.AsObject();
            (match.Groups["header"].Value.StartsWith(HostHeader, StringComparison.Ordinal) ? requests : replies).Add(message);
        }

        return (requests, replies);
    }

    private static string Section(string doc, out int start, out int end)
    {
        var begin = doc.IndexOf(Begin, StringComparison.Ordinal);
        end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/chatbot.md has no {Begin} … {End} section for the conversation.");
        start = begin + Begin.Length;
        return doc[start..end];
    }

    private static void Add(JsonObject scenario, string list, string key, string name)
    {
        var partial = scenario[list] as JsonObject ?? new JsonObject();
        scenario[list] = partial;
        var names = partial[key] as JsonArray ?? [];
        partial[key] = names;
        names.Add(name);
    }

    [GeneratedRegex(@"^(?<header>\*\*(host → interview-rules|interview-rules → host)\*\*[^\n]*)\n\n```json\n(?<json>.*?)\n```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Block();
}
