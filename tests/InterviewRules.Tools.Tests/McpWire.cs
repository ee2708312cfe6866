using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using InterviewRules.Cli;

namespace InterviewRules.Tools.Tests;

/// <summary>
/// Drives the real <c>interview-rules mcp</c> server in this process: the given lines are its whole standard input
/// (after an initialize handshake), and its standard output is read back as one JSON message a line.
/// </summary>
internal static class McpWire
{
    public const string Initialize =
        """{"jsonrpc":"2.0","id":"init","method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"wire","version":"1"}}}""";

    public const string Initialized = """{"jsonrpc":"2.0","method":"notifications/initialized"}""";

    /// <summary>A tools/call request line.</summary>
    public static string Call(object id, string tool, string argumentsJson) =>
        "{\"jsonrpc\":\"2.0\",\"id\":" + (id is string s ? $"\"{s}\"" : id) + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\",\"arguments\":" + argumentsJson + "}}";

    /// <summary>Serves the handshake and then <paramref name="lines"/>; returns every message written, in order, without the handshake's reply.</summary>
    public static List<JsonObject> Serve(params string[] lines) =>
        Serve(Encoding.UTF8.GetBytes(string.Join("\n", [Initialize, Initialized, .. lines]) + "\n"));

    /// <summary>Serves raw bytes (the handshake is the caller's); returns every message written, in order, without the handshake's reply.</summary>
    public static List<JsonObject> Serve(byte[] input) => Serve(new MemoryStream(input));

    public static List<JsonObject> Serve(Stream input) => Serve(input, new MemoryStream());

    public static List<JsonObject> Serve(Stream input, MemoryStream output)
    {
        var diagnostics = new StringWriter();
        var code = McpCommand.Serve(InterviewAdvisor.Default, null, input, output, diagnostics);
        if (code != 0 || diagnostics.ToString().Length > 0)
        {
            // The server gives up waiting for unanswered requests only after a time limit: it never should.
            throw new InvalidOperationException($"The server exited {code} and wrote: {diagnostics}");
        }

        return Encoding.UTF8.GetString(output.ToArray())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .Where(m => m["id"]?.ToJsonString() != "\"init\"")
            .ToList();
    }

    /// <summary>The one reply whose id is <paramref name="id"/> (JSON text: <c>1</c>, <c>"a"</c>, <c>null</c>).</summary>
    public static JsonObject Reply(List<JsonObject> replies, string id) =>
        replies.SingleOrDefault(r => (r["id"]?.ToJsonString() ?? "null") == id)
        ?? throw new InvalidOperationException($"No reply has the id {id}; the replies are:\n{string.Join("\n", replies.Select(r => r.ToJsonString()[..Math.Min(300, r.ToJsonString().Length)]))}");
}
