using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using InterviewRules.Cli;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace InterviewRules.Tests.Localization;

/// <summary>Every example through the program in Spanish, in every format, with counterfactuals: what a Spanish-speaking candidate would read.</summary>
public class SpanishExamplesTests
{
    public static IEnumerable<object[]> NamesAndFormats() =>
        Examples.Names().SelectMany(n => new[] { "text", "markdown", "json", "svg" }.Select(f => new[] { n[0], f }));

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, Stream.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [MemberData(nameof(NamesAndFormats))]
    public void Example_InSpanish_MatchesSnapshot(string name, string format)
    {
        var (code, stdout, stderr) = Run("evaluate", Examples.ScenarioPath(name), "--format", format, "--counterfactuals", "--culture", "es");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        var (_, english, _) = Run("evaluate", Examples.ScenarioPath(name), "--format", format, "--counterfactuals");
        Assert.NotEqual(english, stdout);
        switch (format)
        {
            case "json":
                using (var json = JsonDocument.Parse(stdout))
                using (var englishJson = JsonDocument.Parse(english))
                {
                    Assert.Equal("es", json.RootElement.GetProperty("language").GetString());
                    Assert.Equal(englishJson.RootElement.GetProperty("score").GetDouble(), json.RootElement.GetProperty("score").GetDouble());
                    Assert.Equal(
                        englishJson.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()),
                        json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
                }

                break;
            case "svg":
                Assert.Equal("svg", XDocument.Parse(stdout).Root!.Name.LocalName);
                break;
            default:
                Assert.Contains(stdout.StartsWith("Acepta", System.StringComparison.Ordinal) || stdout.StartsWith("**Acepta", System.StringComparison.Ordinal) ? "Acepta la entrevista" : "Rechaza la entrevista", stdout, System.StringComparison.Ordinal);
                Assert.Contains(format == "text" ? "Qué lo cambiaría:" : "### Qué lo cambiaría", stdout, System.StringComparison.Ordinal);
                break;
        }

        Snapshot.Match(stdout, SnapshotNameExtension.Create(name, format, "es"));
    }
}
