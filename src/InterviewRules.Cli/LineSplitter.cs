using System;
using System.Collections.Generic;

namespace InterviewRules.Cli;

/// <summary>Cuts bytes that arrive in pieces into lines (MCP over stdio is one JSON message a line); thread-safe.</summary>
internal sealed class LineSplitter(Action<ReadOnlySpan<byte>> onLine)
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
                else if (_pending.Count <= 2 * InterviewJson.MaxDocumentBytes)
                {
                    // Past twice the largest document the line is no message anyone answers: it is not kept whole.
                    _pending.Add(b);
                }
            }
        }
    }
}
