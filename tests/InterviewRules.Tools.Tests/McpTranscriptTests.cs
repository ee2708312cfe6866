using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using InterviewRules.Cli;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace InterviewRules.Tools.Tests;

/// <summary>
/// Records a real MCP session with interview-rules mcp (every message on the wire, in order) and keeps the transcript
/// in docs/chatbot.md equal to it. The test fails when they differ; UPDATE_TRANSCRIPT=1 writes the new recording.
/// </summary>
public class McpTranscriptTests
{
    private const string Begin = "<!-- mcp-transcript:begin -->";
    private const string End = "<!-- mcp-transcript:end -->";

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    [Fact]
    public async Task Transcript_InChatbotDoc_IsTheRecordedSession()
    {
        var messages = await Record();
        var transcript = Render(messages);

        var docPath = Path.Combine(Repository.Root, "docs", "chatbot.md");
        var doc = File.ReadAllText(docPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/chatbot.md has no {Begin} … {End} section for the transcript.");
        var committed = doc[(start + Begin.Length)..end];

        if (committed != transcript && Environment.GetEnvironmentVariable("UPDATE_TRANSCRIPT") == "1")
        {
            File.WriteAllText(docPath, doc[..(start + Begin.Length)] + transcript + doc[end..]);
            return;
        }

        Assert.True(
            committed == transcript,
            "The MCP transcript in docs/chatbot.md differs from the session just recorded. If the change is intended, run the tests with UPDATE_TRANSCRIPT=1 and commit docs/chatbot.md.\n--- recorded:\n" + transcript);
    }

    /// <summary>Runs the session: the SDK's client over the program's own standard input and output, pinned to 2025-06-18.</summary>
    private static async Task<List<(bool FromClient, string Json)>> Record()
    {
        var messages = new List<(bool FromClient, string Json)>();
        var start = new ProcessStartInfo(Repository.DotNet) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Repository.Program);
        start.ArgumentList.Add("mcp");
        using var process = Process.Start(start)!;
        void Add(bool fromClient, ReadOnlySpan<byte> line)
        {
            lock (messages)
            {
                if (!line.IsEmpty)
                {
                    messages.Add((fromClient, Encoding.UTF8.GetString(line).TrimEnd('\r')));
                }
            }
        }

        var stderr = process.StandardError.ReadToEndAsync();
        var toServer = new LineSplitter(line => Add(true, line));
        var fromServer = new LineSplitter(line => Add(false, line));
        var transport = new StreamClientTransport(
            new TapStream(process.StandardInput.BaseStream, toServer.Add),
            new TapStream(process.StandardOutput.BaseStream, fromServer.Add));

        // Generous: CI runs this beside two other test processes on two cores.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        await using (var client = await McpClient.CreateAsync(transport, new McpClientOptions
        {
            ProtocolVersion = "2025-06-18",
            InitializationTimeout = TimeSpan.FromSeconds(150),
            ClientInfo = new Implementation { Name = "example-chat-host", Version = "1.0.0" },
        }, cancellationToken: timeout.Token))
        {
            await client.ListToolsAsync(cancellationToken: timeout.Token);
            var scenario = JsonNode.Parse("""
                {
                  "candidate": { "yearsOfExperience": 2, "interviewsInLastYear": 1, "activelyLooking": true },
                  "opportunity": { "interviewer": "recruiter", "format": "video" },
                  "concerns": ["tooBusy", "vagueBadFeeling"]
                }
                """)!;
            await McpServerTests.Call(client, "evaluate_interview", new { scenario });
            scenario["candidate"]!["yearsOfExperience"] = "two";
            await McpServerTests.Call(client, "evaluate_interview", new { scenario, language = "fr" });
        }

        // The stream transport leaves the streams open; ending the server's input ends the server.
        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(string.Empty, await stderr);
        return InRequestOrder(messages);
    }

    /// <summary>
    /// Puts each reply right after its request. A request is recorded once written, so a thread paused between the
    /// write and the record can let the reply be recorded first; the transcript shows the conversation, not that race.
    /// </summary>
    private static List<(bool FromClient, string Json)> InRequestOrder(List<(bool FromClient, string Json)> messages)
    {
        // Ids are each sender's own: a client's request is matched only with a server's reply (a result or an error).
        static string? RequestId(string json) => JsonNode.Parse(json) is JsonObject { } m && m["method"] is not null ? m["id"]?.ToJsonString() : null;
        static string? ReplyId(string json) => JsonNode.Parse(json) is JsonObject { } m && m["method"] is null ? m["id"]?.ToJsonString() : null;
        var requests = messages.Where(m => m.FromClient).Select(m => RequestId(m.Json)).OfType<string>().ToHashSet();
        var replies = messages.Where(m => !m.FromClient && ReplyId(m.Json) is { } id && requests.Contains(id)).ToDictionary(m => ReplyId(m.Json)!);
        var ordered = new List<(bool FromClient, string Json)>(messages.Count);
        foreach (var message in messages)
        {
            if (!message.FromClient && ReplyId(message.Json) is { } replyId && replies.ContainsKey(replyId))
            {
                continue;
            }

            ordered.Add(message);
            if (message.FromClient && RequestId(message.Json) is { } id && replies.TryGetValue(id, out var reply))
            {
                ordered.Add(reply);
            }
        }

        return ordered;
    }

    private static string Render(List<(bool FromClient, string Json)> messages)
    {
        var text = new StringBuilder("\n<!-- Recorded by tests/InterviewRules.Tools.Tests (McpTranscriptTests) from a real session; do not edit: run the tests with UPDATE_TRANSCRIPT=1 to record it again. -->\n");
        foreach (var (fromClient, json) in messages)
        {
            var message = JsonNode.Parse(json)!.AsObject();
            var what = message["method"] is { } method ? $"`{method}`" : $"reply to {message["id"]?.ToJsonString()}";
            if (message["result"]?["tools"] is JsonArray tools)
            {
                // The schemas run to hundreds of lines: interview-rules schema scenario prints the part they share.
                foreach (var tool in tools.OfType<JsonObject>())
                {
                    tool["inputSchema"] = "… (elided here)";
                    tool["outputSchema"] = "… (elided here)";
                }
            }

            text.Append('\n').Append(fromClient ? "**host → interview-rules** " : "**interview-rules → host** ").Append(what).Append("\n\n```json\n")
                .Append(message.ToJsonString(Pretty)).Append("\n```\n");
        }

        return text.Append('\n').ToString();
    }
}
