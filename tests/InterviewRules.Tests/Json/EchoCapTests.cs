using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;

namespace InterviewRules.Tests.Json;

/// <summary>
/// An error repeats at most <see cref="InputError.MaxEchoLength"/> characters of what it quotes, then "…": a client
/// cannot make an answer as long as its request. Each document puts half a megabyte into one place a sentence names.
/// </summary>
public class EchoCapTests
{
    private const int Huge = 500_000;
    private static readonly string Digits = new('7', Huge);
    private static readonly string Letters = new('q', Huge);

    private const string Candidate = "\"yearsOfExperience\":1,\"interviewsInLastYear\":0,\"activelyLooking\":true";
    private const string Opportunity = "\"interviewer\":\"recruiter\",\"format\":\"video\"";
    private const string Policy = "\"name\":\"p\",\"version\":\"1\"";
    private const string CustomRule = "\"kind\":\"cost\",\"effect\":\"decline\",\"weight\":1,\"title\":\"t\",\"explanation\":\"e\",\"source\":\"s\"";

    public static IEnumerable<object[]> Scenarios() =>
    [
        ["a huge number", $"{{\"candidate\":{{\"yearsOfExperience\":{Digits},\"interviewsInLastYear\":0,\"activelyLooking\":true}},\"opportunity\":{{{Opportunity}}}}}"],
        ["a huge number where a boolean goes", $"{{\"candidate\":{{\"yearsOfExperience\":1,\"interviewsInLastYear\":0,\"activelyLooking\":{Digits}}},\"opportunity\":{{{Opportunity}}}}}"],
        ["a long fraction in a whole-number field", $"{{\"candidate\":{{\"yearsOfExperience\":1,\"interviewsInLastYear\":1.{new string('0', Huge)}1,\"activelyLooking\":true}},\"opportunity\":{{{Opportunity}}}}}"],
        ["a huge number in a list of names", $"{{\"candidate\":{{{Candidate}}},\"opportunity\":{{{Opportunity}}},\"concerns\":[{Digits}]}}"],
        ["a huge name", $"{{\"candidate\":{{{Candidate}}},\"opportunity\":{{\"interviewer\":\"recruiter\",\"format\":\"{Letters}\"}}}}"],
        ["a huge unknown property", $"{{\"candidate\":{{{Candidate}}},\"opportunity\":{{{Opportunity}}},\"{Letters}\":1}}"],
        ["a lone surrogate under a huge property name", $"{{\"candidate\":{{{Candidate}}},\"opportunity\":{{{Opportunity}}},\"{Letters}\":\"\\ud800\"}}"],
        ["a huge misspelt literal", $"{{\"candidate\":{{\"yearsOfExperience\":1,\"interviewsInLastYear\":0,\"activelyLooking\":tr{Letters}}}}}"],
    ];

    public static IEnumerable<object[]> Policies() =>
    [
        ["a huge rule name", $"{{{Policy},\"rules\":{{\"{Letters}\":{{}}}}}}"],
        ["a huge parameter", $"{{{Policy},\"rules\":{{\"need-practice\":{{\"weight\":{Digits}}}}}}}"],
        ["a huge threshold", $"{{{Policy},\"threshold\":{Digits}}}"],
        ["a huge value in a condition", $"{{{Policy},\"customRules\":[{{\"id\":\"x\",{CustomRule},\"when\":{{\"fact\":\"redFlags\",\"op\":\"contains\",\"value\":\"{Letters}\"}}}}]}}"],
        ["a huge list value in a condition", $"{{{Policy},\"customRules\":[{{\"id\":\"x\",{CustomRule},\"when\":{{\"fact\":\"opportunity.format\",\"op\":\"in\",\"value\":[\"video\",\"{Letters}\"]}}}}]}}"],
        ["a long unknown placeholder", $"{{{Policy},\"customRules\":[{{\"id\":\"x\",\"kind\":\"cost\",\"effect\":\"decline\",\"weight\":1,\"title\":\"t\",\"explanation\":\"{{{new string('q', 1990)}}}\",\"source\":\"s\",\"when\":{{\"fact\":\"concerns\",\"op\":\"contains\",\"value\":\"tooBusy\"}}}}]}}"],
        ["a huge custom rule id", $"{{{Policy},\"customRules\":[{{\"id\":\"{Letters}\",{CustomRule},\"when\":{{\"fact\":\"concerns\",\"op\":\"contains\",\"value\":\"tooBusy\"}}}}]}}"],
    ];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void TryReadScenario_HugeValue_EchoedCutWithAnEllipsis(string what, string json)
    {
        Assert.False(InterviewJson.TryReadScenario(Encoding.UTF8.GetBytes(json), out _, out var errors), what);

        AssertCut(errors);
    }

    [Fact]
    public void TryReadScenarios_HugeNumberForAScenario_EchoedCutWithAnEllipsis()
    {
        Assert.False(InterviewJson.TryReadScenarios(Encoding.UTF8.GetBytes($"[{Digits}]"), out _, out var errors));

        AssertCut(errors);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void TryReadPolicy_HugeValue_EchoedCutWithAnEllipsis(string what, string json)
    {
        Assert.False(InterviewJson.TryReadPolicy(Encoding.UTF8.GetBytes(json), out _, out var errors), what);

        AssertCut(errors);
    }

    [Fact]
    public void Echo_LongText_CutToTheCapThenAnEllipsis_NeverBetweenASurrogatePair()
    {
        Assert.Equal("short", InputError.Echo("short"));
        Assert.Equal(new string('a', InputError.MaxEchoLength), InputError.Echo(new string('a', InputError.MaxEchoLength)));
        Assert.Equal(new string('a', InputError.MaxEchoLength) + "…", InputError.Echo(new string('a', InputError.MaxEchoLength + 1)));

        var pair = new string('a', InputError.MaxEchoLength - 1) + "😀" + "tail";
        Assert.Equal(new string('a', InputError.MaxEchoLength - 1) + "…", InputError.Echo(pair));
    }

    private static void AssertCut(IReadOnlyList<InputError> errors)
    {
        var error = Assert.Single(errors);
        var run = new string(Digits[0], InputError.MaxEchoLength + 1);
        var letters = new string(Letters[0], InputError.MaxEchoLength + 1);
        var zeros = new string('0', InputError.MaxEchoLength + 1);
        foreach (var text in new[] { error.Path, error.Message })
        {
            Assert.DoesNotContain(run, text, System.StringComparison.Ordinal);
            Assert.DoesNotContain(letters, text, System.StringComparison.Ordinal);
            Assert.DoesNotContain(zeros, text, System.StringComparison.Ordinal);
        }

        // The sentence still names the field and shows the start of the value.
        Assert.True(error.Message.Length < 1_000, error.Message[..Math.Min(200, error.Message.Length)]);
        Assert.True(error.Path.Length < 200);
    }
}
