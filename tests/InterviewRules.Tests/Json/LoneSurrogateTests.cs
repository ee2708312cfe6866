using System.IO;
using System.Linq;
using System.Text;
using InterviewRules.Cli;
using Xunit;

namespace InterviewRules.Tests.Json;

/// <summary>An escaped half of a UTF-16 pair is valid UTF-8 but no text: bad input with its path, never an exception.</summary>
public class LoneSurrogateTests
{
    private const string Scenario = """{"candidate":{"yearsOfExperience":1,"interviewsInLastYear":0,"activelyLooking":true},"opportunity":{"interviewer":"recruiter","format":"video","industry":"fin\ud800ance"}}""";

    [Theory]
    [InlineData(Scenario, "$.opportunity.industry", "opportunity.industry holds an escaped lone surrogate")]
    [InlineData("""{"\udc00":1}""", "$", "A property name holds an escaped lone surrogate")]
    [InlineData("""{"concerns":["tooBusy","\ud800"]}""", "$.concerns[1]", "concerns[1] holds an escaped lone surrogate")]
    public void TryReadScenario_LoneSurrogate_ReturnsFalseWithThePath(string json, string path, string sentence)
    {
        Assert.False(InterviewJson.TryReadScenario(Encoding.UTF8.GetBytes(json), out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(sentence, error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadPolicy_LoneSurrogateInARuleName_ReturnsFalseWithThePath()
    {
        Assert.False(InterviewJson.TryReadPolicy(Encoding.UTF8.GetBytes("""{"name":"x","version":"1","rules":{"\udc00x":{}}}"""), out _, out var errors));

        Assert.Equal("$.rules", Assert.Single(errors).Path);
    }

    [Fact]
    public void Cli_LoneSurrogate_ExitsTwoWithOneLine()
    {
        var stderr = new StringWriter();

        var code = CliApp.Run(["evaluate", "-"], new MemoryStream(Encoding.UTF8.GetBytes(Scenario)), new StringWriter(), stderr);

        Assert.Equal(CliApp.BadInput, code);
        Assert.Single(stderr.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
    }
}
