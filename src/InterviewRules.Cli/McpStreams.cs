using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace InterviewRules.Cli;

/// <summary>
/// Lets the MCP server answer what it has read before it stops: when standard input ends, the end is passed on to the
/// server only once every request read so far has its response written (or after a time limit), so
/// <c>echo '{…}' | interview-rules mcp</c> gets its answer instead of an exit with the request cancelled.
/// </summary>
internal sealed class McpStreams
{
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(30);
    private readonly object _gate = new();
    private int _open;
    private TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public McpStreams(Stream input, Stream output)
    {
        var requests = new LineSplitter(line => Count(line, +1));
        var responses = new LineSplitter(line => Count(line, -1));
        Input = new TapStream(input, requests.Add, WhenAnswered);
        Output = new TapStream(output, responses.Add);
        _answered.SetResult();
    }

    public Stream Input { get; }

    public Stream Output { get; }

    private void Count(ReadOnlySpan<byte> line, int step)
    {
        if (!IsMessage(line, requests: step > 0))
        {
            return;
        }

        lock (_gate)
        {
            _open = Math.Max(0, _open + step);
            if (_open > 0 && _answered.Task.IsCompleted)
            {
                _answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            else if (_open == 0)
            {
                _answered.TrySetResult();
            }
        }
    }

    private async Task WhenAnswered()
    {
        Task answered;
        lock (_gate)
        {
            answered = _answered.Task;
        }

        await Task.WhenAny(answered, Task.Delay(DrainLimit)).ConfigureAwait(false);
    }

    /// <summary>A request has a method and an id; a response has an id and no method.</summary>
    private static bool IsMessage(ReadOnlySpan<byte> line, bool requests)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            bool hasId = false, hasMethod = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                hasId |= reader.ValueTextEquals("id"u8);
                hasMethod |= reader.ValueTextEquals("method"u8);
                reader.Skip();
            }

            return hasId && hasMethod == requests;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
