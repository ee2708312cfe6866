using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace InterviewRules.Cli;

/// <summary>
/// The MCP stdio transport of <c>interview-rules mcp</c>: one JSON-RPC message a line, read as bytes.
/// <list type="bullet">
/// <item>A line is kept up to <see cref="MaxLineBytes"/>; a longer one is counted, not kept, and answered with an error.</item>
/// <item>Every line that is not a message the server can take (not UTF-8, not JSON, a bad id, no method, too deep,
/// arguments that are not an object) gets a JSON-RPC error, with the request's id when it has a usable one.</item>
/// <item>At most <see cref="MaxRequestsInFlight"/> requests are unanswered at a time: the next line is read when one
/// is answered, so a burst waits in the pipe, not in memory.</item>
/// <item>When the input ends, the end reaches the server only once every request passed on has its answer written
/// (or after <see cref="DrainLimit"/>), so <c>echo '{…}' | interview-rules mcp</c> gets its answer.</item>
/// </list>
/// The requests in flight are counted by id, from the messages themselves, so no line the transport answers itself
/// can make the count disagree with the server's.
/// </summary>
internal sealed class McpStdioTransport : TransportBase
{
    /// <summary>The longest line kept: a 1 MiB scenario or list of scenarios (the readers' limit) with room for JSON escapes and the envelope.</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    /// <summary>The most requests read and not yet answered. The tools are CPU-bound on a few cores; more would only queue in memory.</summary>
    public const int MaxRequestsInFlight = 8;

    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(30);
    private static readonly JsonTypeInfo Message = McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage));

    private readonly Stream _input;
    private readonly Stream _output;
    private readonly TextWriter _diagnostics;
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly object _gate = new();
    private readonly Dictionary<RequestId, int> _inFlight = [];
    private readonly ConcurrentDictionary<RequestId, JsonElement> _argumentsAsWritten = new();
    private readonly Task _reading;
    private int _requestsInFlight;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public McpStdioTransport(Stream input, Stream output, TextWriter diagnostics)
        : base("interview-rules (stdio)", null)
    {
        _input = input;
        _output = output;
        _diagnostics = diagnostics;
        SetConnected();
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>
    /// The arguments of a <c>tools/call</c> request as they were written, when they name an argument twice (the SDK's
    /// dictionary keeps only the last, so the tool could not refuse them); taken once.
    /// </summary>
    public bool TryTakeArgumentsAsWritten(RequestId id, out JsonElement arguments) => _argumentsAsWritten.TryRemove(id, out arguments);

    public override async Task SendMessageAsync(JsonRpcMessage message, CancellationToken cancellationToken = default)
    {
        try
        {
            if (IsConnected)
            {
                await WriteAsync(message, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Answered, or never to be: either way it no longer holds a place.
            if (message is JsonRpcResponse or JsonRpcError)
            {
                Answered(((JsonRpcMessageWithId)message).Id);
            }
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
        }

        try
        {
            await _reading.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        SetDisconnected();
        _stop.Dispose();
        _writing.Dispose();
    }

    private async Task WriteAsync(JsonRpcMessage message, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(message, Message);
        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _output.WriteAsync(json, cancellationToken).ConfigureAwait(false);
            await _output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task ReadAsync()
    {
        var chunk = new byte[64 * 1024];
        var line = new MemoryStream();
        long length = 0;
        var first = true;
        try
        {
            while (true)
            {
                var read = await _input.ReadAsync(chunk, _stop.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                var bytes = chunk.AsMemory(0, read);
                if (first)
                {
                    first = false;
                    if (bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                    {
                        bytes = bytes[3..];
                    }
                }

                while (!bytes.IsEmpty)
                {
                    var newline = bytes.Span.IndexOf((byte)'\n');
                    var piece = newline < 0 ? bytes : bytes[..newline];
                    length += piece.Length;
                    if (line.Length < MaxLineBytes)
                    {
                        line.Write(piece.Span[..(int)Math.Min(piece.Length, MaxLineBytes - line.Length)]);
                    }

                    if (newline < 0)
                    {
                        break;
                    }

                    await LineAsync(line, length).ConfigureAwait(false);
                    line.SetLength(0);
                    length = 0;
                    bytes = bytes[(newline + 1)..];
                }
            }

            if (length > 0)
            {
                await LineAsync(line, length).ConfigureAwait(false);
            }

            await DrainAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (IOException ex)
        {
            await _diagnostics.WriteLineAsync($"mcp: the input cannot be read: {ex.Message}").ConfigureAwait(false);
        }
        finally
        {
            SetDisconnected();
        }
    }

    private async Task LineAsync(MemoryStream buffer, long length)
    {
        var line = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (length > MaxLineBytes)
        {
            await WriteAsync(JsonRpcLine.TooLong(line.Span, length, MaxLineBytes), _stop.Token).ConfigureAwait(false);
            return;
        }

        if (line.Span.EndsWith("\r"u8))
        {
            line = line[..^1];
        }

        if (line.Span.Trim(" \t\r"u8).IsEmpty)
        {
            return;
        }

        var outcome = JsonRpcLine.Read(line);
        if (outcome.Error is { } error)
        {
            // The transport's own answers are not counted: they answer nothing that was passed on.
            await WriteAsync(error, _stop.Token).ConfigureAwait(false);
            return;
        }

        if (outcome.Message is not { } message)
        {
            return;
        }

        if (message is JsonRpcRequest request)
        {
            await FewerThanAsync(MaxRequestsInFlight, _stop.Token).ConfigureAwait(false);
            if (outcome.ArgumentsAsWritten is { } arguments)
            {
                _argumentsAsWritten[request.Id] = arguments;
            }

            Passed(request.Id);
        }
        else if (message is JsonRpcNotification { Method: NotificationMethods.CancelledNotification } cancelled
            && cancelled.Params?["requestId"] is { } cancelledId)
        {
            // A cancelled request gets no answer: it stops holding a place.
            switch (cancelledId.GetValueKind())
            {
                case JsonValueKind.String:
                    Answered(new RequestId(cancelledId.GetValue<string>()));
                    break;
                case JsonValueKind.Number when cancelledId.AsValue().TryGetValue<long>(out var number):
                    Answered(new RequestId(number));
                    break;
            }
        }

        await WriteMessageAsync(message, _stop.Token).ConfigureAwait(false);
    }

    private void Passed(RequestId id)
    {
        lock (_gate)
        {
            _inFlight[id] = _inFlight.GetValueOrDefault(id) + 1;
            _requestsInFlight++;
        }
    }

    private void Answered(RequestId id)
    {
        _argumentsAsWritten.TryRemove(id, out _);
        TaskCompletionSource changed;
        lock (_gate)
        {
            if (!_inFlight.TryGetValue(id, out var count))
            {
                return;
            }

            if (count == 1)
            {
                _inFlight.Remove(id);
            }
            else
            {
                _inFlight[id] = count - 1;
            }

            _requestsInFlight--;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        // Wakes the reader waiting for room and, once the input has ended, the drain: each counts again.
        changed.TrySetResult();
    }

    /// <summary>Waits until fewer than <paramref name="limit"/> requests are in flight.</summary>
    private async Task FewerThanAsync(int limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_requestsInFlight < limit)
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DrainAsync()
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        limit.CancelAfter(DrainLimit);
        try
        {
            await FewerThanAsync(1, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
        {
            int unanswered;
            lock (_gate)
            {
                unanswered = _requestsInFlight;
            }

            await _diagnostics.WriteLineAsync($"mcp: the input ended and {unanswered} requests were still unanswered after {DrainLimit.TotalSeconds} s; stopping.").ConfigureAwait(false);
        }
    }
}
