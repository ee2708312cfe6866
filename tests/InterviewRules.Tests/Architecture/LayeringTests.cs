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
    [InlineData("Engine", "InterviewRules.Localization")]
    [InlineData("Engine", "InterviewRules.Rendering")]
    [InlineData("Engine", "InterviewRules.Explanations")]
    [InlineData("Engine", "InterviewRules.Diagnostics")]
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

    /// <summary>
    /// The engine is generic: it names no type outside its folder (tests/EngineAlone compiles src/InterviewRules/Engine
    /// alone, so a crossing fails the build) and no word of the article either, not even in its comments.
    /// </summary>
    [Fact]
    public void TheEngine_KnowsNoArticleWord()
    {
        var repository = Path.Combine(SourceRoot(), "..", "..");
        var project = File.ReadAllText(Path.Combine(repository, "tests", "EngineAlone", "EngineAlone.csproj"));
        Assert.Contains(@"<Compile Include=""..\..\src\InterviewRules\Engine\**\*.cs""", project, StringComparison.Ordinal);
        Assert.Contains(@"""tests\EngineAlone\EngineAlone.csproj""", File.ReadAllText(Path.Combine(repository, "InterviewRules.sln")), StringComparison.Ordinal);

        var word = new Regex(
            @"interview|article|scenario|recruiter|candidate|concern|red flag|rumou?r|travel|recommendation|polic(y|ies)|declarative|spanish|english|locali[sz]|render|need-practice|\u00a7|§",
            RegexOptions.IgnoreCase);
        var offenders = Directory.EnumerateFiles(Path.Combine(SourceRoot(), "Engine"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select(line => (File: Path.GetFileName(file), Line: line.Replace("InterviewRules", string.Empty, StringComparison.Ordinal))))
            .Where(item => word.IsMatch(item.Line))
            .Select(item => $"{item.File}: {item.Line.Trim()}")
            .ToArray();

        Assert.Empty(offenders);
    }

    private static string SourceRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "..", "src", "InterviewRules"));
}
