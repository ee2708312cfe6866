using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace JobBoard.Tests;

/// <summary>
/// What a client that is not HttpClient sends, byte for byte, to the sample's Kestrel on 127.0.0.1: bodies that
/// arrive too slowly or as broken chunks, HEAD requests, and paths with encoded dot segments (which HttpClient would
/// rewrite before sending). Each request reads one answer and the server then closes the connection.
/// </summary>
public sealed class RawHttpTests : IClassFixture<LoopbackServer>
{
    // Far longer than Kestrel's five-second grace for a slow body: a bound on a hung test, not an assertion on time.
    private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(60);

    private readonly LoopbackServer _server;

    public RawHttpTests(LoopbackServer server) => _server = server;

    [Fact]
    public async Task Body_ArrivesTooSlowly_408ProblemAndOneLogLineWithoutATrace()
    {
        var before = _server.Logs.Count;

        // A length of a kilobyte, ten bytes of it, then nothing: Kestrel's minimum body data rate (240 bytes/s after a
        // grace of 5 s) gives up on it.
        var response = await SendAsync(
            "POST /api/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"candidate");

        AssertProblem(response, 408);
        AssertOneLogLine(before, "408");
    }

    [Theory]
    [InlineData("zz\r\n{}\r\n0\r\n\r\n")]
    [InlineData("2\r\n{}XX0\r\n\r\n")]
    public async Task Body_MalformedChunks_400ProblemAndOneLogLineWithoutATrace(string chunks)
    {
        var before = _server.Logs.Count;

        var response = await SendAsync(
            "POST /api/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks);

        AssertProblem(response, 400);
        AssertOneLogLine(before, "400");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/healthz")]
    public async Task Head_Page_200WithTheHeadersOfGetAndNoBody(string path)
    {
        var get = await SendAsync($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        var head = await SendAsync($"HEAD {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, head.Status);
        Assert.Equal(get.Header("Content-Type"), head.Header("Content-Type"));
        Assert.Equal("nosniff", head.Header("X-Content-Type-Options"));
        Assert.Empty(head.Body);
    }

    [Theory]
    [InlineData("GET", "/api/tenants/%2e%2e/rules")]
    [InlineData("GET", "/api/tenants/%2E%2E/rules")]
    [InlineData("GET", "/api/tenants/campus/%2e%2e/%2e%2e/rules")]
    [InlineData("GET", "/api/tenants/%2e/rules")]
    [InlineData("POST", "/api/tenants/%2e%2e/recommendations")]
    [InlineData("GET", "/api/tenants/../rules")]
    public async Task Path_DotSegment_404ProblemNotTheDefaultPolicy(string method, string path)
    {
        var body = Encoding.UTF8.GetString(Repository.Example("01-new-graduate-needs-practice"));
        var response = await SendAsync(
            $"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");

        var problem = AssertProblem(response, 404);
        Assert.Contains(path, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement AssertProblem(Response response, int status)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal("application/problem+json", response.Header("Content-Type")?.Split(';')[0]);
        using var document = JsonDocument.Parse(response.Body);
        var problem = document.RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    private void AssertOneLogLine(int before, string status)
    {
        var entries = _server.Logs.Skip(before).ToList();
        var entry = Assert.Single(entries);
        Assert.Null(entry.Exception);
        Assert.DoesNotContain('\n', entry.Message);
        Assert.Contains(status, entry.Message, StringComparison.Ordinal);
    }

    /// <summary>Sends <paramref name="request"/> as it is and reads one answer (the client never half-closes: Kestrel takes that for a client gone).</summary>
    private async Task<Response> SendAsync(string request)
    {
        using var cancel = new CancellationTokenSource(ReadLimit);
        using var client = new TcpClient();
        await client.ConnectAsync(_server.Address.Host, _server.Address.Port, cancel.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request), cancel.Token);
        var head = request.StartsWith("HEAD ", StringComparison.Ordinal);
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await stream.ReadAsync(buffer, cancel.Token);
            if (read == 0)
            {
                break;
            }

            received.Write(buffer, 0, read);
            if (Response.TryParse(received.ToArray(), head, closed: false, out var complete))
            {
                return complete;
            }
        }

        return Response.TryParse(received.ToArray(), head, closed: true, out var response) ? response : throw new InvalidDataException("The server closed the connection before a whole answer: " + Encoding.ASCII.GetString(received.ToArray()));
    }

    private sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

        /// <summary>Parses a whole HTTP/1.1 answer: status line, headers, and a body of Content-Length bytes or of chunks (none for HEAD, whatever the length says).</summary>
        public static bool TryParse(byte[] bytes, bool head, bool closed, out Response response)
        {
            response = null!;
            var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
            if (end < 0)
            {
                return false;
            }

            var lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines.Skip(1))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }

            var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            var body = bytes[(end + 4)..];
            if (!head && headers.TryGetValue("Content-Length", out var length))
            {
                var expected = int.Parse(length, System.Globalization.CultureInfo.InvariantCulture);
                if (body.Length < expected)
                {
                    return false;
                }

                body = body[..expected];
            }
            else if (!head && headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                if (!body.AsSpan().EndsWith("0\r\n\r\n"u8))
                {
                    return false;
                }

                body = Encoding.UTF8.GetBytes(Unchunk(Encoding.UTF8.GetString(body)));
            }
            else if (!head && !closed)
            {
                return false;
            }

            response = new Response(status, headers, Encoding.UTF8.GetString(body));
            return true;
        }

        private static string Unchunk(string body)
        {
            var result = new StringBuilder();
            var at = 0;
            while (true)
            {
                var line = body.IndexOf("\r\n", at, StringComparison.Ordinal);
                var size = Convert.ToInt32(body[at..line].Split(';')[0], 16);
                if (size == 0)
                {
                    return result.ToString();
                }

                result.Append(body, line + 2, size);
                at = line + 2 + size + 2;
            }
        }
    }
}
