using System;
using System.Collections.Generic;
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
    private readonly Lines _requests;
    private readonly Lines _responses;
    private int _open;
    private TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public McpStreams(Stream input, Stream output)
    {
        _requests = new Lines(line => Count(line, +1));
        _responses = new Lines(line => Count(line, -1));
        Input = new Tap(input, _requests, this);
        Output = new Tap(output, _responses, null);
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

    /// <summary>Cuts a byte stream into lines (MCP over stdio is one message a line).</summary>
    private sealed class Lines(SpanAction onLine)
    {
        private readonly List<byte> _pending = [];

        public void Add(ReadOnlySpan<byte> bytes)
        {
            lock (_pending)
            {
                foreach (var b in bytes)
                {
                    if (b == (byte)'\n')
                    {
                        onLine([.. _pending]);
                        _pending.Clear();
                    }
                    else if (_pending.Count <= InterviewJson.MaxDocumentBytes * 2)
                    {
                        _pending.Add(b);
                    }
                }
            }
        }
    }

    private delegate void SpanAction(ReadOnlySpan<byte> line);

    private sealed class Tap(Stream inner, Lines lines, McpStreams? drainOnEnd) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => false;

        public override bool CanWrite => inner.CanWrite;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            lines.Add(buffer[..read]);
            if (read == 0 && drainOnEnd is not null)
            {
                drainOnEnd.WhenAnswered().GetAwaiter().GetResult();
            }

            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            lines.Add(buffer.Span[..read]);
            if (read == 0 && drainOnEnd is not null)
            {
                await drainOnEnd.WhenAnswered().ConfigureAwait(false);
            }

            return read;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            lines.Add(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            lines.Add(buffer.Span);
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
