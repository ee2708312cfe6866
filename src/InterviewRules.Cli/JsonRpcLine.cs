using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace InterviewRules.Cli;

/// <summary>
/// Reads one line of the MCP stdio transport as a JSON-RPC 2.0 message, or says why it cannot be one: the error to
/// answer, with the request's id when the line has a usable one, else <c>id: null</c> as JSON-RPC requires.
/// </summary>
internal static class JsonRpcLine
{
    /// <summary>The deepest a message may nest: the SDK's reader's limit, checked here so the line gets an answer.</summary>
    public const int MaxDepth = 64;

    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int InvalidParams = -32602;

    private static readonly JsonTypeInfo Message = McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage));

    /// <summary>What a line is: a message to pass on, an error to answer, or nothing (a response without an id).</summary>
    /// <param name="Message">The message, when the line is one.</param>
    /// <param name="Error">The error to answer, when it is not.</param>
    /// <param name="ArgumentsAsWritten">For a <c>tools/call</c> whose arguments name one argument twice: the arguments as written (the SDK keeps only the last).</param>
    public readonly record struct Outcome(JsonRpcMessage? Message, JsonRpcError? Error, JsonElement? ArgumentsAsWritten);

    public static Outcome Read(ReadOnlyMemory<byte> memory)
    {
        var line = memory.Span;
        if (!System.Text.Unicode.Utf8.IsValid(line))
        {
            var at = InvalidUtf8At(line);
            return Refuse(
                ParseError,
                $"The message is not valid UTF-8: the byte at offset {at} (0x{line[at]:X2}) does not start a valid character; MCP messages are UTF-8 JSON.",
                RecoverId(line[..at]));
        }

        JsonDocument document;
        try
        {
            // Over the caller's buffer, not a copy: the document is gone before the buffer is used again.
            document = JsonDocument.Parse(memory, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException ex)
        {
            if (DepthOfValidJson(line) is { } depth)
            {
                return Refuse(InvalidRequest, $"The message nests {depth} levels deep; at most {MaxDepth} are allowed.", RecoverId(line));
            }

            return Refuse(
                ParseError,
                $"The line is not valid JSON (at byte {(ex.BytePositionInLine ?? 0).ToString(CultureInfo.InvariantCulture)}); each line must be one JSON-RPC message, a JSON object.",
                default);
        }

        using (document)
        {
            return Check(document.RootElement, line);
        }
    }

    /// <summary>The error for a line longer than the transport keeps; <paramref name="start"/> is what it kept of it.</summary>
    public static JsonRpcError TooLong(ReadOnlySpan<byte> start, long length, int limit) => Error(
        InvalidRequest,
        $"The message is {length.ToString("N0", CultureInfo.InvariantCulture)} bytes long; a message may be at most {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes ({limit / (1024 * 1024)} MiB), on one line.",
        RecoverId(start));

    private static Outcome Check(JsonElement root, ReadOnlySpan<byte> line)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Refuse(InvalidRequest, $"The message is {Describe(root)}; a JSON-RPC message is one JSON object (batches are not part of MCP).", default);
        }

        RequestId id = default;
        var hasId = root.TryGetProperty("id", out var idValue);
        if (hasId)
        {
            if (idValue.ValueKind == JsonValueKind.String)
            {
                id = new RequestId(idValue.GetString()!);
            }
            else if (idValue.ValueKind == JsonValueKind.Number && idValue.TryGetInt64(out var number))
            {
                id = new RequestId(number);
            }
            else
            {
                return Refuse(InvalidRequest, $"The message's id is {Describe(idValue)}; an id must be a string or an integer (never null), and a notification has no id.", default);
            }
        }

        if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
        {
            return Refuse(InvalidRequest, $"The message's jsonrpc is {(version.ValueKind == JsonValueKind.Undefined ? "missing" : Describe(version))}; it must be \"2.0\".", id);
        }

        JsonElement? argumentsAsWritten = null;
        if (root.TryGetProperty("method", out var method))
        {
            if (method.ValueKind != JsonValueKind.String)
            {
                return Refuse(InvalidRequest, $"The message's method is {Describe(method)}; it must be a string, such as \"tools/call\".", id);
            }

            if (hasId && method.ValueEquals("tools/call"u8))
            {
                var problem = CheckToolCall(root, out argumentsAsWritten);
                if (problem is not null)
                {
                    return Refuse(InvalidParams, problem, id);
                }
            }
        }
        else if (!hasId)
        {
            // A response without an id (a client's error about something it could not read): nothing to answer.
            return root.TryGetProperty("error", out _) ? default : Refuse(InvalidRequest, "The message has neither a method nor an id; a request has both, a notification has a method.", default);
        }
        else if (!root.TryGetProperty("result", out _) && !root.TryGetProperty("error", out _))
        {
            return Refuse(InvalidRequest, $"The message with id {Describe(idValue)} has no method (and no result or error); a request must name its method.", id);
        }

        try
        {
            return new Outcome(JsonSerializer.Deserialize(line, Message) as JsonRpcMessage, null, argumentsAsWritten);
        }
        catch (JsonException ex)
        {
            return Refuse(InvalidRequest, $"The message is not a JSON-RPC message this server can read: {ex.Message}", id);
        }
    }

    private static string? CheckToolCall(JsonElement root, out JsonElement? argumentsAsWritten)
    {
        argumentsAsWritten = null;
        if (!root.TryGetProperty("params", out var parameters) || parameters.ValueKind != JsonValueKind.Object)
        {
            return $"params is {(parameters.ValueKind == JsonValueKind.Undefined ? "missing" : Describe(parameters))}; tools/call takes an object with the tool's name and its arguments.";
        }

        if (!parameters.TryGetProperty("arguments", out var arguments) || arguments.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (arguments.ValueKind != JsonValueKind.Object)
        {
            return $"params.arguments is {Describe(arguments)}; a tool's arguments are one JSON object of named arguments ({{}} for none), as the tool's inputSchema says.";
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments.EnumerateObject())
        {
            if (!names.Add(argument.Name))
            {
                argumentsAsWritten = arguments.Clone();
                break;
            }
        }

        return null;
    }

    private static Outcome Refuse(int code, string message, RequestId id) => new(null, Error(code, message, id), null);

    private static JsonRpcError Error(int code, string message, RequestId id) =>
        new() { Id = id, Error = new JsonRpcErrorDetail { Code = code, Message = message } };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number" + (value.GetRawText() is { Length: <= 40 } text ? $" ({text})" : string.Empty),
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static int InvalidUtf8At(ReadOnlySpan<byte> line)
    {
        var at = 0;
        while (Rune.DecodeFromUtf8(line[at..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            at += consumed;
        }

        return at;
    }

    /// <summary>How deep valid JSON nests, or <see langword="null"/> when the line is not valid JSON at any depth.</summary>
    private static int? DepthOfValidJson(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = int.MaxValue });
            var deepest = 0;
            while (reader.Read())
            {
                deepest = Math.Max(deepest, reader.CurrentDepth + (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : 0));
            }

            return deepest;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The top-level id of a line that cannot be read whole (too deep, cut short, or not UTF-8 further on), when it
    /// comes before the trouble and is a string or an integer; otherwise the null id.
    /// </summary>
    private static RequestId RecoverId(ReadOnlySpan<byte> start)
    {
        try
        {
            var reader = new Utf8JsonReader(start, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { MaxDepth = int.MaxValue }));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return default;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                if (!reader.Read())
                {
                    return default;
                }

                if (isId)
                {
                    return reader.TokenType switch
                    {
                        JsonTokenType.String => new RequestId(reader.GetString()!),
                        JsonTokenType.Number when reader.TryGetInt64(out var number) => new RequestId(number),
                        _ => default,
                    };
                }

                if (!reader.TrySkip())
                {
                    return default;
                }
            }
        }
        catch (JsonException)
        {
        }

        return default;
    }
}
