using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;

namespace InterviewRules.Tools.Tests;

/// <summary>
/// A read-only stream made of parts, some of them long runs of one byte made up as they are read (so a test can
/// send a 200 MB line without holding it), handing out at most one part's bytes, or a line, per read.
/// </summary>
internal sealed class PartsStream : Stream
{
    private readonly Queue<(byte[]? Bytes, byte Fill, long Count)> _parts = new();
    private long _partOffset;

    /// <summary>Called before each read with the number of lines handed out so far.</summary>
    public Action<int>? BeforeRead { get; init; }

    public int LinesHandedOut { get; private set; }

    public PartsStream Text(string text) => Bytes(Encoding.UTF8.GetBytes(text));

    public PartsStream Bytes(byte[] bytes)
    {
        _parts.Enqueue((bytes, 0, bytes.Length));
        return this;
    }

    public PartsStream Run(byte fill, long count)
    {
        _parts.Enqueue((null, fill, count));
        return this;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        BeforeRead?.Invoke(LinesHandedOut);
        while (_parts.Count > 0 && _parts.Peek().Count == _partOffset)
        {
            _parts.Dequeue();
            _partOffset = 0;
        }

        if (_parts.Count == 0 || buffer.IsEmpty)
        {
            return 0;
        }

        var (bytes, fill, length) = _parts.Peek();
        var n = (int)Math.Min(buffer.Length, length - _partOffset);
        if (bytes is null)
        {
            buffer[..n].Fill(fill);
        }
        else
        {
            var source = bytes.AsSpan((int)_partOffset, n);
            var newline = source.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                n = newline + 1;
                LinesHandedOut++;
            }

            source[..n].CopyTo(buffer);
        }

        _partOffset += n;
        return n;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A memory stream that counts the lines written to it, so far.</summary>
internal sealed class CountingStream : MemoryStream
{
    private int _lines;

    public int Lines => Volatile.Read(ref _lines);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        base.Write(buffer);
        Count(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        base.Write(buffer, offset, count);
        Count(buffer.AsSpan(offset, count));
    }

    public override System.Threading.Tasks.ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return default;
    }

    public override System.Threading.Tasks.Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer, offset, count);
        return System.Threading.Tasks.Task.CompletedTask;
    }

    private void Count(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b == (byte)'\n')
            {
                Interlocked.Increment(ref _lines);
            }
        }
    }
}
