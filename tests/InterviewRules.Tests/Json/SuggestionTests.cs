using System.Text;
using Xunit;

namespace InterviewRules.Tests.Json;

/// <summary>A mistyped name gets the nearest allowed one suggested, when one is clearly nearest.</summary>
public class SuggestionTests
{
    [Theory]
    [InlineData("concerns", "tooBussy", "tooBusy")]
    [InlineData("interviewer", "recruter", "recruiter")]
    [InlineData("format", "vidoe", "video")]
    [InlineData("format", "onsite", "onSite")]
    [InlineData("format", "xyz", null)]
    [InlineData("format", "phon", "phone")]
    [InlineData("interviewer", "RECRUITER", "recruiter")]
    public void Nearest_WithinTwoEdits_IgnoringCase(string field, string text, string? expected)
    {
        var (interviewer, format, concern) = (field == "interviewer" ? text : "recruiter", field == "format" ? text : "video", field == "concerns" ? text : "tooBusy");
        var json = $$"""{"candidate":{"yearsOfExperience":1,"interviewsInLastYear":0,"activelyLooking":true},"opportunity":{"interviewer":"{{interviewer}}","format":"{{format}}"},"concerns":["{{concern}}"]}""";

        Assert.False(InterviewJson.TryReadScenario(Encoding.UTF8.GetBytes(json), out _, out var errors));

        var message = Assert.Single(errors).Message;
        if (expected is null)
        {
            Assert.DoesNotContain("did you mean", message, System.StringComparison.Ordinal);
        }
        else
        {
            Assert.EndsWith($"did you mean \"{expected}\"?).", message, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReadScenario_MistypedConcern_SuggestsTheName()
    {
        var json = """{"candidate":{"yearsOfExperience":1,"interviewsInLastYear":0,"activelyLooking":true},"opportunity":{"interviewer":"recruiter","format":"video"},"concerns":["tooBussy"]}""";

        Assert.False(InterviewJson.TryReadScenario(Encoding.UTF8.GetBytes(json), out _, out var errors));

        Assert.EndsWith("(did you mean \"tooBusy\"?).", Assert.Single(errors).Message, System.StringComparison.Ordinal);
    }
}
