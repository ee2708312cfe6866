using System.Text;
using InterviewRules.Json;
using Xunit;

namespace InterviewRules.Tests.Json;

/// <summary>Nothing is coerced silently: numbers are read as the literal says, or refused.</summary>
public class NumberLiteralTests
{
    [Theory]
    [InlineData("1", true, false)]
    [InlineData("1.0", true, false)]
    [InlineData("1e0", true, false)]
    [InlineData("1.5e1", true, false)]
    [InlineData("100e-2", true, false)]
    [InlineData("1.0000000000000000000001", false, false)]
    [InlineData("15e-1", false, false)]
    [InlineData("0", true, true)]
    [InlineData("-0", true, true)]
    [InlineData("0.000e400", true, true)]
    [InlineData("1e-400", false, false)]
    [InlineData("1e99999999999999999999", true, false)]
    [InlineData("1e-99999999999999999999", false, false)]
    public void Literal_ReadsWholeAndZeroExactly(string raw, bool whole, bool zero) =>
        Assert.Equal((whole, zero), JsonObjectReader.Literal(raw));

    [Theory]
    [InlineData("\"interviewsInLastYear\":1.0000000000000000000001", "$.candidate.interviewsInLastYear", "is 1.0000000000000000000001; it must be a whole number between 0 and 1000.")]
    [InlineData("\"interviewsInLastYear\":0,\"yearsOfExperience\":1e-400", "$.candidate.yearsOfExperience", "which is too small to tell from 0")]
    public void ReadScenario_CoercibleLiteral_Refused(string candidateFields, string path, string sentence)
    {
        var fields = candidateFields.Contains("yearsOfExperience") ? candidateFields : candidateFields + ",\"yearsOfExperience\":1";
        var json = "{\"candidate\":{" + fields + ",\"activelyLooking\":true},\"opportunity\":{\"interviewer\":\"recruiter\",\"format\":\"video\"}}";

        Assert.False(InterviewJson.TryReadScenario(Encoding.UTF8.GetBytes(json), out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(sentence, error.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1e0")]
    [InlineData("-0")]
    public void ReadScenario_WholeLiterals_Accepted(string interviews)
    {
        var json = "{\"candidate\":{\"yearsOfExperience\":1,\"interviewsInLastYear\":" + interviews + ",\"activelyLooking\":true},\"opportunity\":{\"interviewer\":\"recruiter\",\"format\":\"video\"}}";

        Assert.True(InterviewJson.TryReadScenario(Encoding.UTF8.GetBytes(json), out _, out var errors), string.Join("; ", errors));
    }
}
