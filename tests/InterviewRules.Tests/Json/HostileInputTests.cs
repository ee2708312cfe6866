using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using InterviewRules.Cli;
using Xunit;

namespace InterviewRules.Tests.Json;

/// <summary>
/// What a job board or chatbot might forward from its users, and worse. Every input is rejected with one clear
/// error and nothing but <see cref="InvalidInputException"/> (or a false Try…) escapes; the CLI exits 2 with one
/// line. The figures of docs/reliability.md come from these cases.
/// </summary>
public class HostileInputTests
{
    private const string Candidate = "\"candidate\":{\"yearsOfExperience\":3,\"interviewsInLastYear\":2,\"activelyLooking\":true}";
    private const string Opportunity = "\"opportunity\":{\"interviewer\":\"peer\",\"format\":\"video\"}";

    // Test data names the case only: the inputs (up to 50 MB) are built inside each test, so that xunit's
    // discovery never has to serialize them.
    private static readonly Dictionary<string, (Func<byte[]> Input, string Path, string Message)> Cases = new()
    {
        ["nesting 10,000 deep"] = (() => Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)), "$", "nesting at most 64 deep"),
        ["a 50 MB document"] = (() => Encoding.UTF8.GetBytes("{" + Candidate + "," + Opportunity + "}" + new string(' ', 50 * 1024 * 1024)), "$", "may be at most 1048576 bytes"),
        ["a 10 MB string"] = (() => Encoding.UTF8.GetBytes("{" + Candidate + ",\"opportunity\":{\"interviewer\":\"peer\",\"format\":\"video\",\"industry\":\"" + new string('x', 10 * 1024 * 1024) + "\"}}"), "$", "may be at most 1048576 bytes"),
        ["duplicate keys"] = (() => Encoding.UTF8.GetBytes("{" + Candidate + "," + Opportunity + "," + Opportunity + "}"), "$.opportunity", "appears more than once"),
        ["a comment"] = (() => Encoding.UTF8.GetBytes("{/* hi */" + Candidate + "," + Opportunity + "}"), "$", "not valid JSON"),
        ["a trailing comma"] = (() => Encoding.UTF8.GetBytes("{" + Candidate + "," + Opportunity + ",}"), "$", "not valid JSON"),
        ["invalid UTF-8"] = (() => [.. Encoding.UTF8.GetBytes("{" + Candidate + ",\"opportunity\":{\"interviewer\":\"peer\",\"format\":\"video\",\"industry\":\""), 0xC3, 0x28, .. "\"}}"u8], "$", "not valid UTF-8"),
        ["1e309"] = (() => Encoding.UTF8.GetBytes("{\"candidate\":{\"yearsOfExperience\":1e309,\"interviewsInLastYear\":2,\"activelyLooking\":true}," + Opportunity + "}"), "$.candidate.yearsOfExperience", "not a finite number"),
        ["a number as a string"] = (() => Encoding.UTF8.GetBytes("{\"candidate\":{\"yearsOfExperience\":\"3\",\"interviewsInLastYear\":2,\"activelyLooking\":true}," + Opportunity + "}"), "$.candidate.yearsOfExperience", "is the string \"3\""),
        ["100,000 repeated concerns"] = (() => Encoding.UTF8.GetBytes("{" + Candidate + "," + Opportunity + ",\"concerns\":[" + string.Join(",", Enumerable.Repeat("\"tooBusy\"", 100_000)) + "]}"), "$.concerns", "has 100000 items"),
        ["null for the candidate"] = (() => Encoding.UTF8.GetBytes("{\"candidate\":null," + Opportunity + "}"), "$.candidate", "is null"),
        ["an empty document"] = (() => [], "$", "is empty"),
        ["a lone byte-order mark"] = (() => [0xEF, 0xBB, 0xBF], "$", "is empty"),
        ["a NUL byte"] = (() => Encoding.UTF8.GetBytes("{\u0000}"), "$", "not valid JSON"),
    };

    public static IEnumerable<object[]> Hostile() => Cases.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Hostile))]
    public void ScenarioReader_RejectsWithOneClearError(string what)
    {
        var (make, path, message) = Cases[what];
        var input = make();
        Assert.False(InterviewJson.TryReadScenario(input, out var scenario, out var errors), what);

        Assert.Null(scenario);
        var error = Assert.Single(errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message);
        var thrown = Assert.Throws<InvalidInputException>(() => InterviewJson.ReadScenario(input));
        Assert.Single(thrown.Errors);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void PolicyReader_NeverThrowsAnythingElse(string what)
    {
        var input = Cases[what].Input();

        Assert.False(InterviewJson.TryReadPolicy(input, out var policy, out var errors), what);

        Assert.Null(policy);
        Assert.NotEmpty(errors);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Cli_ExitsTwoWithOneLine(string what)
    {
        var (make, path, message) = Cases[what];
        var input = make();
        var file = Path.Combine(Path.GetTempPath(), $"hostile-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(file, input);
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            var code = CliApp.Run(["evaluate", file], Stream.Null, stdout, stderr);

            Assert.True(code == 2, what);
            Assert.Empty(stdout.ToString());
            var lines = stderr.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
            var line = Assert.Single(lines);
            Assert.True(line.StartsWith(path + ":", StringComparison.Ordinal) || line.StartsWith(file + ":", StringComparison.Ordinal), line);
            Assert.Contains(message.Split(' ')[0], line);
            Assert.DoesNotContain("   at ", line);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("candidate")]
    [InlineData("opportunity")]
    [InlineData("candidate.yearsOfExperience")]
    [InlineData("candidate.interviewsInLastYear")]
    [InlineData("candidate.activelyLooking")]
    [InlineData("opportunity.interviewer")]
    [InlineData("opportunity.format")]
    public void NullWhereAValueIsRequired_IsRejectedByPath(string field)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse("{" + Candidate + "," + Opportunity + "}")!.AsObject();
        var parts = field.Split('.');
        if (parts.Length == 1)
        {
            document[parts[0]] = null;
        }
        else
        {
            document[parts[0]]![parts[1]] = null;
        }

        Assert.False(InterviewJson.TryReadScenario(Encoding.UTF8.GetBytes(document.ToJsonString()), out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal("$." + field, error.Path);
        Assert.StartsWith(field + " is null; it must be", error.Message);
    }

    [Fact]
    public void PolicyReader_DeeplyNestedCondition_RejectedNotCrashed()
    {
        var when = string.Concat(Enumerable.Repeat("{\"not\":", 5_000)) + "{\"fact\":\"concerns\",\"op\":\"contains\",\"value\":\"tooBusy\"}" + new string('}', 5_000);
        var json = "{\"name\":\"p\",\"version\":\"1\",\"customRules\":[{\"id\":\"c\",\"kind\":\"cost\",\"effect\":\"decline\",\"weight\":1,\"title\":\"t\",\"explanation\":\"e\",\"source\":\"s\",\"when\":" + when + "}]}";

        Assert.False(InterviewJson.TryReadPolicy(Encoding.UTF8.GetBytes(json), out _, out var errors));

        Assert.Contains("not valid JSON", Assert.Single(errors).Message);
    }
}
