using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace InterviewRules.Cli;

/// <summary>What one run of the program reads and writes, handed to each command's action.</summary>
/// <param name="stdin">Standard input, for a scenario given as <c>-</c>.</param>
internal sealed class CliContext(Stream stdin)
{
    /// <summary>Gets standard input.</summary>
    public Stream Stdin { get; } = stdin;

    /// <summary>Gets what the command answers, written to standard output once it has finished without a usage error.</summary>
    public StringWriter Output { get; } = new() { NewLine = "\n" };

    /// <summary>Gets the problems, one <c>PATH: sentence</c> line each, written to standard error when the exit code is 2.</summary>
    public ErrorLines Errors { get; } = [];

    /// <summary>Gets or sets what <c>mcp</c> serves with, once its options are read; the server runs after the parse.</summary>
    public McpRequest? Serve { get; set; }

    /// <summary>
    /// Gets or sets what a streaming command (<c>compare</c>, <c>sample</c>) writes once its arguments are checked: it is
    /// handed standard output and standard error, writes as it goes, and returns the exit code.
    /// </summary>
    public System.Func<TextWriter, TextWriter, int>? Streamed { get; set; }
}

/// <summary>What <c>mcp</c> serves with.</summary>
/// <param name="Advisor">The advisor of its <c>--policy</c>.</param>
/// <param name="Culture">The culture of its <c>--culture</c>, for calls that name no language.</param>
internal sealed record McpRequest(InterviewAdvisor Advisor, CultureInfo? Culture);
