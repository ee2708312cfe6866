using System.Text;
using InterviewRules.Json;
using Xunit;

namespace InterviewRules.Tests.Json;

/// <summary>A mistyped name gets the nearest allowed one suggested, when one is clearly nearest.</summary>
public class SuggestionTests
{
    [Theory]
    [InlineData("tooBussy", "tooBusy")]
    [InlineData("recruter", "recruiter")]
    [InlineData("vidoe", "video")]
    [InlineData("onsite", "onSite")]
    [InlineData("xyz", null)]
    [InlineData("phon", "phone")]
    public void Nearest_WithinTwoEdits(string text, string? expected)
    {
        string[] names = ["tooBusy", "recruiter", "video", "phone", "onSite"];

        Assert.Equal(expected, JsonObjectReader.Nearest(text, names));
    }

    [Fact]
    public void ReadScenario_MistypedConcern_SuggestsTheName()
    {
        var json = """{"candidate":{"yearsOfExperience":1,"interviewsInLastYear":0,"activelyLooking":true},"opportunity":{"interviewer":"recruiter","format":"video"},"concerns":["tooBussy"]}""";

        Assert.False(InterviewJson.TryReadScenario(Encoding.UTF8.GetBytes(json), out _, out var errors));

        Assert.EndsWith("(did you mean \"tooBusy\"?).", Assert.Single(errors).Message, System.StringComparison.Ordinal);
    }
}
