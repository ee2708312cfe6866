using System.IO;
using System.Linq;
using System.Text;
using InterviewRules.Cli;
using Xunit;

namespace InterviewRules.Tests.Json;

/// <summary>A list of many bad scenarios reports its first 100 problems and counts the rest, so memory stays bounded.</summary>
public class ErrorCapTests
{
    private static readonly byte[] FiveThousandEmpty = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("{}", 5000)) + "]");

    [Fact]
    public void TryReadScenarios_ManyBadElements_FirstHundredThenACount()
    {
        Assert.False(InterviewJson.TryReadScenarios(FiveThousandEmpty, out _, out var errors));

        Assert.Equal(101, errors.Count);
        Assert.Equal("$[0].candidate", errors[0].Path);
        Assert.Equal("$", errors[^1].Path);
        Assert.Equal("… and 9900 more problems in the list of scenarios (the first 100 are shown).", errors[^1].Message);
    }

    [Fact]
    public void TryReadScenarios_ManyBadElements_TheLastErrorStandsForExactlyTheRest()
    {
        Assert.False(InterviewJson.TryReadScenarios(FiveThousandEmpty, out _, out var errors));

        Assert.All(errors.Take(100), e => Assert.Equal(1, e.ProblemCount));
        Assert.Equal(9900, errors[^1].ProblemCount);
        Assert.Equal(10_000, errors.Sum(e => e.ProblemCount));
    }

    [Fact]
    public void Rank_ManyBadElementsInAFile_TheProgramCountsEveryProblem()
    {
        var file = Path.Combine(Path.GetTempPath(), $"interview-rules-{System.Guid.NewGuid():N}.json");
        File.WriteAllBytes(file, FiveThousandEmpty);
        try
        {
            var stderr = new StringWriter();

            var code = CliApp.Run(["rank", file], new MemoryStream(), new StringWriter(), stderr);

            var lines = stderr.ToString().TrimEnd().Split('\n');
            Assert.Equal(CliApp.BadInput, code);
            Assert.Equal(21, lines.Length);
            Assert.StartsWith($"{file}: $[0].candidate: ", lines[0], System.StringComparison.Ordinal);
            Assert.Equal("… and 9980 more", lines[^1]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Rank_ManyBadElements_TheProgramCountsEveryProblem()
    {
        var stderr = new StringWriter();

        var code = CliApp.Run(["rank", "-"], new MemoryStream(FiveThousandEmpty), new StringWriter(), stderr);

        var lines = stderr.ToString().TrimEnd().Split('\n');
        Assert.Equal(CliApp.BadInput, code);
        Assert.Equal(21, lines.Length);
        Assert.Equal("… and 9980 more", lines[^1]);
    }
}
