using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using InterviewRules.Cli;
using Xunit;

namespace InterviewRules.Tools.Tests;

/// <summary>
/// The stdio transport of <c>interview-rules mcp</c> (McpStdioTransport) against hostile and malformed lines, on the
/// real server in this process. Every test ends by the input ending: the server must answer what it can and stop
/// without waiting out its time limit (McpWire fails a test whose server says it gave up waiting). The tests run
/// alone (their collection is not parallel), so the allocations one of them counts are its own.
/// </summary>
[Collection(nameof(McpStdioTransportTests))]
public class McpStdioTransportTests
{
    private const string Ping = """{"jsonrpc":"2.0","id":"after","method":"ping"}""";

    private static readonly string ListRules = McpWire.Call("after", "list_rules", "{}");

    private static int Code(JsonObject reply) => (int)reply["error"]!["code"]!;

    private static string Message(JsonObject reply) => (string)reply["error"]!["message"]!;

    [Theory]
    [InlineData("hello")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"} trailing")]
    public void LineThatIsNotJson_ParseErrorWithNullId_AndServingGoesOn(string line)
    {
        var replies = McpWire.Serve(line, Ping);

        var error = McpWire.Reply(replies, "null");
        Assert.Equal(-32700, Code(error));
        Assert.Contains("not valid JSON", Message(error), StringComparison.Ordinal);
        Assert.NotNull(McpWire.Reply(replies, "\"after\"")["result"]);
        Assert.Equal(2, replies.Count);
    }

    public static TheoryData<string> LinesBeforeARequest => new()
    {
        """{"jsonrpc":"2.0","id":5}""",
        """{"jsonrpc":"2.0","id":5,"method":"ping","params":{"a":""" + new string('[', 200) + new string(']', 200) + "}}",
        """{"jsonrpc":"2.0","id":5,"method":"ping","params":{"pad":""" + "\"" + new string('a', 3 * 1024 * 1024) + "\"}}",
        """{"jsonrpc":"2.0","id":5,"method":"ping","params":{"pad":""" + "\"" + new string('a', 5 * 1024 * 1024) + "\"}}",
    };

    [Theory]
    [MemberData(nameof(LinesBeforeARequest))]
    public void IdOnlyTooDeepOrLongLine_ThenARequestAndTheInputEnds_BothAnswered(string line)
    {
        var replies = McpWire.Serve(line, ListRules);

        var first = McpWire.Reply(replies, "5");
        Assert.True(first["result"] is not null || Code(first) == -32600, first.ToJsonString());
        Assert.Equal(11, McpWire.Reply(replies, "\"after\"")["result"]!["structuredContent"]!["rules"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("1.5")]
    [InlineData("{}")]
    [InlineData("true")]
    [InlineData("[1]")]
    public void RequestIdNotAStringOrInteger_InvalidRequestWithNullId(string id)
    {
        var replies = McpWire.Serve($$"""{"jsonrpc":"2.0","id":{{id}},"method":"ping"}""", Ping);

        var error = McpWire.Reply(replies, "null");
        Assert.Equal(-32600, Code(error));
        Assert.Contains("id", Message(error), StringComparison.Ordinal);
        Assert.Contains("string or an integer", Message(error), StringComparison.Ordinal);
        Assert.NotNull(McpWire.Reply(replies, "\"after\"")["result"]);
    }

    [Fact]
    public void LineOf200MB_RefusedWithoutBeingBuffered_AndServingGoesOn()
    {
        var input = new PartsStream()
            .Text(McpWire.Initialize + "\n" + McpWire.Initialized + "\n")
            .Text("""{"jsonrpc":"2.0","id":9,"method":"ping","params":{"pad":""" + "\"")
            .Run((byte)'a', 200_000_000)
            .Text("\"}}\n" + ListRules + "\n");
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var replies = McpWire.Serve(input);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var error = McpWire.Reply(replies, "9");
        Assert.Equal(-32600, Code(error));
        Assert.Contains("4,194,304", Message(error), StringComparison.Ordinal);
        Assert.NotNull(McpWire.Reply(replies, "\"after\"")["result"]);
        // Measured: about 10 MB (the handshake, the rules, the transport's buffers); holding the line would be 200 MB and more.
        Assert.True(allocated < 50_000_000, $"Serving a 200 MB line allocated {allocated:N0} bytes.");
    }

    [Fact]
    public void ReplyOverTwoMiB_AnsweredAndTheServerStopsWithoutWaiting()
    {
        var scenario = JsonNode.Parse(System.IO.File.ReadAllText(Repository.Example("13-long-trip-not-looking.json")))!.ToJsonString();
        var invitations = "[" + string.Join(",", Enumerable.Repeat(scenario, 2500)) + "]";

        var output = new System.IO.MemoryStream();
        var replies = McpWire.Serve(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", McpWire.Initialize, McpWire.Initialized, McpWire.Call(1, "rank_invitations", $$"""{"invitations":{{invitations}}}""")) + "\n")), output);

        Assert.True(output.Length > 2 * 1024 * 1024, $"The reply is only {output.Length:N0} bytes.");
        Assert.False((bool?)McpWire.Reply(replies, "1")["result"]!["isError"] ?? false);
    }

    [Fact]
    public void InvalidUtf8InAnArgument_RefusedNamingTheOffset_AndServingGoesOn()
    {
        var scenario = JsonNode.Parse(System.IO.File.ReadAllText(Repository.Example("01-new-graduate-needs-practice.json")))!;
        scenario["opportunity"]!["industry"] = "fin@nce";
        var line = Encoding.UTF8.GetBytes(McpWire.Call(8, "evaluate_interview", $$"""{"scenario":{{scenario.ToJsonString()}}}"""));
        var at = Array.IndexOf(line, (byte)'@');
        line[at] = 0xFF;
        var input = Encoding.UTF8.GetBytes(McpWire.Initialize + "\n" + McpWire.Initialized + "\n")
            .Concat(line).Concat(Encoding.UTF8.GetBytes("\n" + Ping + "\n")).ToArray();

        var replies = McpWire.Serve(input);

        var error = McpWire.Reply(replies, "8");
        Assert.Equal(-32700, Code(error));
        Assert.Contains("not valid UTF-8", Message(error), StringComparison.Ordinal);
        Assert.Contains($"offset {at}", Message(error), StringComparison.Ordinal);
        Assert.Contains("0xFF", Message(error), StringComparison.Ordinal);
        Assert.NotNull(McpWire.Reply(replies, "\"after\"")["result"]);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"scenario\"", "a string")]
    [InlineData("3", "a number (3)")]
    [InlineData("true", "a boolean")]
    public void ArgumentsNotAnObject_InvalidParamsWithASentence(string arguments, string described)
    {
        var replies = McpWire.Serve(McpWire.Call(4, "list_rules", arguments), Ping);

        var error = McpWire.Reply(replies, "4");
        Assert.Equal(-32602, Code(error));
        Assert.StartsWith($"params.arguments is {described};", Message(error), StringComparison.Ordinal);
        Assert.NotNull(McpWire.Reply(replies, "\"after\"")["result"]);
    }

    [Fact]
    public void BurstOfRequests_AtMostTheLimitInFlight_EveryOneAnswered()
    {
        const int requests = 3000;
        var output = new CountingStream();
        var mostAhead = 0;
        var input = new PartsStream { BeforeRead = handedOut => mostAhead = Math.Max(mostAhead, handedOut - output.Lines) }
            .Text(McpWire.Initialize + "\n" + McpWire.Initialized + "\n")
            .Text(string.Concat(Enumerable.Range(0, requests).Select(i => McpWire.Call(i, "list_rules", "{}") + "\n")));

        var replies = McpWire.Serve(input, output);

        Assert.Equal(requests, replies.Count);
        Assert.Equal(Enumerable.Range(0, requests), replies.Select(r => (int)r["id"]!).Order());
        // Lines read but not yet answered: the requests in flight, and the notification (which has no answer).
        Assert.InRange(mostAhead, 1, McpStdioTransport.MaxRequestsInFlight + 1);
    }
}
