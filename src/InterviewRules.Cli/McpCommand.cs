using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using InterviewRules.Localization;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace InterviewRules.Cli;

/// <summary>
/// <c>interview-rules mcp</c>: the tools of <see cref="InterviewTools"/> served over MCP on standard input and
/// output. The tools are InterviewRules.AI's, wrapped: one implementation for both front doors. Nothing but protocol
/// is written to standard output (no logging is configured); a bad call is a tool result with <c>isError</c> whose
/// text is the <c>PATH: sentence</c> lines and which has no structured content (that must match the tool's output
/// schema), never a protocol error, and the server keeps serving until its input ends. The transport is
/// <see cref="McpStdioTransport"/>: its limits are in docs/reliability.md.
/// </summary>
internal static class McpCommand
{
    // One sentence per language other than English, from the list of shipped languages.
    private static readonly string Instructions =
        "InterviewRules answers whether a person should take a job interview they were invited to, and why, from a " +
        "recruiter's article. Map what the person says to a scenario (evaluate_interview's input schema says how) and " +
        "call evaluate_interview; show its markdown. While facts are missing, call assess_interview with what is known " +
        "instead: answer when its status is settled, otherwise ask only its first question and call it again with the " +
        "answer. Use rank_invitations for several invitations, what_would_change_it when they push back, list_rules to " +
        "explain the basis." +
        string.Concat(Languages.All.Skip(1).Select(l => $" Pass language {l.Code} when the person writes in {l.EnglishName}."));

    public static int Serve(InterviewAdvisor advisor, CultureInfo? culture, Stream input, Stream output) =>
        Serve(advisor, culture, input, output, Console.Error);

    /// <summary>Serves until <paramref name="input"/> ends; what goes wrong outside the protocol goes to <paramref name="diagnostics"/>, one line each.</summary>
    public static int Serve(InterviewAdvisor advisor, CultureInfo? culture, Stream input, Stream output, TextWriter diagnostics)
    {
        var tools = InterviewTools.Create(advisor, new InterviewToolsOptions { Culture = culture });
        var byName = tools.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var listed = new ListToolsResult
        {
            Tools = [.. tools.Select(t => new Tool
            {
                Name = t.Name,
                Title = t.Title,
                Description = t.Description,
                InputSchema = t.JsonSchema,
                OutputSchema = t.ReturnJsonSchema,
                Annotations = new ToolAnnotations { ReadOnlyHint = true, IdempotentHint = true, DestructiveHint = false, OpenWorldHint = false },
            })],
        };

        var transport = new McpStdioTransport(input, output, diagnostics);
        var options = new McpServerOptions
        {
            ServerInfo = new Implementation { Name = "interview-rules", Version = Version() },
            ServerInstructions = Instructions,
            Capabilities = new ServerCapabilities { Tools = new ToolsCapability() },
        };
        options.Handlers.ListToolsHandler = (_, _) => ValueTask.FromResult(listed);
        options.Handlers.CallToolHandler = (request, _) =>
        {
            var name = request.Params?.Name ?? string.Empty;
            if (!byName.TryGetValue(name, out var tool))
            {
                // An unknown tool is the one protocol error left (the MCP specification's own rule): the host listed the tools.
                throw new McpProtocolException($"\"{name}\" is not a tool of this server; the tools are {string.Join(", ", byName.Keys)}.", McpErrorCode.InvalidParams);
            }

            // The SDK keeps the last of an argument named twice; the tool refuses the arguments as they were written.
            var result = transport.TryTakeArgumentsAsWritten(request.JsonRpcRequest.Id, out var written)
                ? tool.Call(written.EnumerateObject().Select(a => new KeyValuePair<string, JsonElement>(a.Name, a.Value)))
                : tool.Call(request.Params!.Arguments);
            return ValueTask.FromResult(new CallToolResult
            {
                Content = [new TextContentBlock { Text = result.Text }],
                // Structured content must match the tool's outputSchema, and clients check it even on errors (the
                // TypeScript SDK fails the call with -32602): a refusal is its PATH: sentence lines as text only.
                StructuredContent = result.IsError ? null : result.StructuredContent,
                IsError = result.IsError,
            });
        };

        try
        {
            return RunAsync(options, transport).GetAwaiter().GetResult();
        }
        finally
        {
            transport.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static async Task<int> RunAsync(McpServerOptions options, McpStdioTransport transport)
    {
        await using var server = ModelContextProtocol.Server.McpServer.Create(transport, options);
        await server.RunAsync(CancellationToken.None).ConfigureAwait(false);
        return CliApp.Ok;
    }

    private static string Version()
    {
        // The package version without the source revision: hosts show it, transcripts record it.
        var version = typeof(McpCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
