using System;
using System.IO;
using System.Text;
using InterviewRules.Cli;
using Xunit;

namespace InterviewRules.Tests.Cli;

/// <summary>What the program writes never steers the terminal, and a long name is not echoed whole.</summary>
public class TerminalTextTests
{
    private const string Scenario = "{\"candidate\":{\"yearsOfExperience\":1,\"interviewsInLastYear\":0,\"activelyLooking\":true},\"opportunity\":{\"interviewer\":\"recruiter\",\"format\":\"video\",\"industry\":\"fin\\u001B[31mance\\u202E\"},\"concerns\":[\"wrongIndustry\"]}";

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("json")]
    public void Evaluate_ControlCharactersInTheScenario_AreWrittenEscaped(string format)
    {
        var stdout = new StringWriter();

        var code = CliApp.Run(["evaluate", "-", "--format", format], new MemoryStream(Encoding.UTF8.GetBytes(Scenario)), stdout, new StringWriter());

        Assert.Equal(CliApp.Ok, code);
        Assert.DoesNotContain('\u001B', stdout.ToString());
        Assert.DoesNotContain('\u202E', stdout.ToString());
        Assert.Contains("\\u001B", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownPropertyWithControlsAndAMegabyteName_OneShortEscapedLine()
    {
        // Escaped in the JSON text, as a hostile document would send it.
        var name = "\\u001B]0;pwned\\u0007" + new string('x', 1_000_000);
        var json = "{\"" + name + "\":1}";
        var stderr = new StringWriter();

        var code = CliApp.Run(["evaluate", "-"], new MemoryStream(Encoding.UTF8.GetBytes(json)), new StringWriter(), stderr);

        Assert.Equal(CliApp.BadInput, code);
        var text = stderr.ToString();
        Assert.DoesNotContain('\u001B', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.True(text.Length < 2_000, $"stderr holds {text.Length} characters");
        Assert.Contains("\\u001B]0;pwned\\u0007", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain text\nwith a tab\t", "plain text\nwith a tab\t")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("c1\u0085", "c1\\u0085")]
    [InlineData("rtl\u202Eltr\u2066", "rtl\\u202Eltr\\u2066")]
    public void Escape_KeepsNewlinesAndTabs_EscapesTheRest(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Escape(text));
}
