using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit;

namespace InterviewRules.Tests.Architecture;

/// <summary>The layers of docs/architecture.md, held in the source: what a layer must never reach into.</summary>
public class LayeringTests
{
    [Theory]
    [InlineData("Policies", "InterviewRules.Json")]
    [InlineData("Engine", "InterviewRules.Json")]
    [InlineData("Engine", "InterviewRules.Policies")]
    [InlineData("Engine", "InterviewRules.Article")]
    [InlineData("Article", "InterviewRules.Policies")]
    [InlineData("Article", "InterviewRules.Json")]
    public void ALayer_NeverReachesInto(string folder, string forbidden)
    {
        // A using, the full name, or the short name a nested namespace can use unqualified (Json.X, not System.Text.Json.X).
        var shortName = forbidden["InterviewRules.".Length..];
        var reference = new Regex($@"using {Regex.Escape(forbidden)};|{Regex.Escape(forbidden)}\.|(?<![\w.]){shortName}\.[A-Z]");
        var offenders = Directory.EnumerateFiles(Path.Combine(SourceRoot(), folder), "*.cs")
            .Where(file => File.ReadLines(file).Any(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal) && reference.IsMatch(line)))
            .Select(Path.GetFileName)
            .ToArray();

        Assert.Empty(offenders);
    }

    private static string SourceRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "..", "src", "InterviewRules"));
}
