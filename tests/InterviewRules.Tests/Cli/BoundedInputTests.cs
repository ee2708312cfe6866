using System;
using System.IO;
using System.Text;
using InterviewRules.Cli;
using Xunit;

namespace InterviewRules.Tests.Cli;

/// <summary>Every read stops at the limit whatever the source, standard input is held to a file's rules, and a failed write is one line.</summary>
public class BoundedInputTests
{
    [Fact]
    public void Evaluate_EndlessStandardInput_StopsAtTheLimit_WithOneError()
    {
        var source = new EndlessStream();
        var stderr = new StringWriter();

        var code = CliApp.Run(["evaluate", "-"], source, new StringWriter(), stderr);

        Assert.Equal(CliApp.BadInput, code);
        Assert.Equal("standard input: the input is more than 1048576 bytes long; a document may be at most 1048576 bytes.", stderr.ToString().TrimEnd());
        Assert.True(source.Position <= InterviewJson.MaxDocumentBytes + 4, $"read {source.Position} bytes");
    }

    [Fact]
    public void Evaluate_InvalidUtf8OnStandardInput_RefusedAsFromAFile()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"candidate\": ");
        byte[] document = [.. bytes, 0xFF, .. "}"u8];
        var stderr = new StringWriter();

        var code = CliApp.Run(["evaluate", "-"], new MemoryStream(document), new StringWriter(), stderr);

        Assert.Equal(CliApp.BadInput, code);
        Assert.Contains("not valid UTF-8: the byte at offset 14 (0xFF)", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OutputCannotBeWritten_OneLineAndExit1()
    {
        var stderr = new StringWriter();

        var code = CliApp.Run(["evaluate", Examples.ScenarioPath("01-new-graduate-needs-practice")], Stream.Null, new FullWriter(), stderr);

        Assert.Equal(CliApp.Fault, code);
        Assert.Equal("error: the output cannot be written: No space left on device", stderr.ToString().TrimEnd());
    }

    [Fact]
    public void Evaluate_DeviceThatNeverEnds_StopsAtTheLimit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var stderr = new StringWriter();

        var code = CliApp.Run(["evaluate", "/dev/zero"], Stream.Null, new StringWriter(), stderr);

        Assert.Equal(CliApp.BadInput, code);
        Assert.StartsWith("/dev/zero: the input is more than 1048576 bytes long", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadBounded_LibraryLevel_EndlessIsFalse_ADocumentIsItsBytes()
    {
        var endless = new EndlessStream();
        var document = Encoding.UTF8.GetBytes("{\"a\":1}");

        Assert.False(InterviewJson.TryReadBounded(endless, out var none));
        Assert.Empty(none);
        Assert.Equal(InterviewJson.MaxDocumentBytes + 4, endless.Position);
        Assert.True(InterviewJson.TryReadBounded(new MemoryStream(document), out var bytes));
        Assert.Equal(document, bytes);
    }

    /// <summary>A source that never ends, counting what was read from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            Position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A writer on a full disk.</summary>
    private sealed class FullWriter : StringWriter
    {
        public override void Write(string? value) => throw new IOException("No space left on device");
    }
}
