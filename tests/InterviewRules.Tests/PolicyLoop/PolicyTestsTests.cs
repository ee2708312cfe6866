using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Policies;
using InterviewRules.PolicyLoop;
using Xunit;

namespace InterviewRules.Tests.PolicyLoop;

public class PolicyTestsTests
{
    private static readonly string Scenario = """{"candidate":{"yearsOfExperience":YEARS,"interviewsInLastYear":5,"activelyLooking":false},"opportunity":{"interviewer":"peer","format":"video"}}""";

    private static PolicyTestCase At(double years, PolicyExpectation? expect = null) =>
        new($"{years} years", InterviewJson.ReadScenario(Scenario.Replace("YEARS", years.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)), expect);

    [Theory]
    [InlineData("article-default.tests.json")]
    [InlineData("campus-board.tests.json")]
    [InlineData("executive-search.tests.json")]
    [InlineData("article-default-declarative.tests.json")]
    public void ShippedPolicy_TestsFile_PassesWithFullCoverage(string file)
    {
        var (code, stdout, stderr) = PolicyLoopCli.Run("test", Path.Combine(PolicyLoopCli.PoliciesFolder, file), "--min-coverage", "100");

        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("coverage 100% (", stdout, StringComparison.Ordinal);
        Assert.Contains(" 0 failed", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryShippedPolicy_HasATestsFile()
    {
        var policies = Directory.GetFiles(PolicyLoopCli.PoliciesFolder, "*.json").Where(f => !f.EndsWith(".tests.json", StringComparison.Ordinal));
        Assert.All(policies, p => Assert.True(File.Exists(Path.ChangeExtension(p, ".tests.json")), p));
        Assert.True(File.Exists(Path.Combine(PolicyLoopCli.PoliciesFolder, "article-default.tests.json")));
    }

    [Fact]
    public void Coverage_CountsBothSidesOfEveryThreshold()
    {
        var below = PolicyTests.Run(InterviewPolicy.ArticleDefault, [At(2.9)], coverage: true).Coverage!;
        var both = PolicyTests.Run(InterviewPolicy.ArticleDefault, [At(2.9), At(3)], coverage: true).Coverage!;

        var years = Assert.Single(below.Thresholds, t => t.Parameter == "yearsOfExperienceBelow");
        Assert.Equal((true, false, 3.0, "candidate.yearsOfExperience", "lessThan"), (years.Below, years.Above, years.Value, years.Fact, years.Operator));
        Assert.Contains("no case lies above need-practice yearsOfExperienceBelow 3 (candidate.yearsOfExperience)", below.Missing);
        var bothYears = Assert.Single(both.Thresholds, t => t.Parameter == "yearsOfExperienceBelow");
        Assert.True(bothYears.Below && bothYears.Above);

        // Every threshold of the article's rules, each with both sides reachable.
        Assert.Equal(
            ["need-practice yearsOfExperienceBelow", "need-practice interviewsInLastYearBelow", "plan-b otherOpportunitiesBelow", "low-cost cheapTravelHoursAtMost", "low-cost expensiveHoursAbove"],
            both.Thresholds.Select(t => $"{t.RuleId} {t.Parameter}"));
        Assert.All(both.Thresholds, t => Assert.True(t.CanBeBelow && t.CanBeAbove));
        Assert.True(both.Percent > below.Percent);
    }

    [Fact]
    public void Coverage_ListsApartWhatNoScenarioReaches_AndDisabledRules()
    {
        var policy = InterviewPolicy.ArticleDefault.WithRuleEnabled(ArticleRules.LowCostId, false).With(new NeedPracticeOptions { YearsOfExperienceBelow = 0 });
        var coverage = PolicyTests.Run(policy, [At(0), At(5)], coverage: true).Coverage!;

        var networking = Assert.Single(coverage.Rules, r => r.RuleId == "networking");
        Assert.False(networking.CanNotFire);
        Assert.Contains(coverage.Uncounted, u => u is { RuleId: "networking", Side: "notFires" });
        Assert.Contains(coverage.Uncounted, u => u is { RuleId: "need-practice", Parameter: "yearsOfExperienceBelow", Side: "below" });
        Assert.Contains(coverage.Uncounted, u => u is { RuleId: "low-cost", Side: "disabled" });
        Assert.DoesNotContain(coverage.Rules, r => r.RuleId == "low-cost");
        Assert.DoesNotContain(coverage.Missing, m => m.Contains("networking fires in every case", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_AFailingCase_SaysWhatWasExpectedAndWhatCame()
    {
        var result = PolicyTests.Run(InterviewPolicy.ArticleDefault, [At(1, new PolicyExpectation { Decision = Verdict.Decline, NotFires = ["need-practice"], Score = new ScoreRange(-10, 0) })]);

        var failed = Assert.Single(result.Cases);
        Assert.False(failed.Passed);
        Assert.Equal(
            ["decision: expected decline, got accept (score 4.5).", "need-practice: expected not to fire, it fired (weight +2).", "score: expected between -10 and 0, got 4.5."],
            failed.Failures);
        Assert.Contains("FAIL 1 years", result.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, result.Failed);
    }

    [Fact]
    public void Run_AnAssessedCase_ChecksStatusDecisionAndRelevant()
    {
        var partial = InterviewJson.ReadPartialScenario("""{"concerns":{"include":["tooBusy"]}}""");
        var result = PolicyTests.Run(InterviewPolicy.ArticleDefault, [new PolicyTestCase("busy", partial, new PolicyExpectation { Status = AssessmentStatus.Settled, Relevant = [] })]);

        var failed = Assert.Single(result.Cases);
        Assert.Equal("status: expected settled, got open.", failed.Failures[0]);
        Assert.StartsWith("relevant: expected none, got ", failed.Failures[1], StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_ReportsEveryProblemWithItsPath()
    {
        var json = """{"policy":"p.json","cases":[{"name":"a","scenario":{"candidate":{}},"expect":{"status":"open","decison":"accept"}},{"name":"b","assess":true,"scenario":{},"expect":{"score":{"min":3,"max":1}}}],"extra":1}""";

        Assert.False(PolicyTestFile.TryRead(Encoding.UTF8.GetBytes(json), out _, out var errors));

        var paths = errors.Select(e => e.Path).ToList();
        Assert.Contains("$.extra", paths);
        Assert.Contains("$.cases[0].expect.status", paths);
        Assert.Contains("$.cases[0].expect.decison", paths);
        Assert.Contains("$.cases[1].expect.score", paths);
        Assert.Contains(errors, e => e.Path.StartsWith("$.cases[0].scenario.candidate", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("did you mean \"decision\"", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.EndsWith(".", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void TestCommand_ExitCodes_ThreeForAFailure_TwoForBadInputWhichWins()
    {
        var folder = PolicyLoopCli.TempFolder();
        var failing = Path.Combine(folder, "failing.tests.json");
        File.WriteAllText(failing, """{"policy":"article-default","cases":[{"name":"wrong","scenario":""" + Scenario.Replace("YEARS", "1", StringComparison.Ordinal) + ""","expect":{"decision":"decline"}}]}""");
        var bad = Path.Combine(folder, "bad.tests.json");
        File.WriteAllText(bad, """{"policy":"missing.json","cases":[{"name":"x","scenario":{},"expect":{"fires":["no-such-rule"]}}]}""");
        var unknownRule = Path.Combine(folder, "unknown.tests.json");
        File.WriteAllText(unknownRule, """{"policy":"article-default","cases":[{"name":"x","scenario":""" + Scenario.Replace("YEARS", "1", StringComparison.Ordinal) + ""","expect":{"fires":["no-such-rule"]}}]}""");

        var (failCode, failOut, _) = PolicyLoopCli.Run("test", failing);
        var (badCode, badOut, badErr) = PolicyLoopCli.Run("test", failing, bad, unknownRule);

        Assert.Equal(3, failCode);
        Assert.Contains("FAIL wrong: decision: expected decline, got accept", failOut, StringComparison.Ordinal);
        Assert.Equal(2, badCode);
        Assert.Empty(badOut);
        Assert.Contains($"{bad}: $.cases[0].scenario", badErr, StringComparison.Ordinal);
        Assert.Contains($"{unknownRule}: $.cases[0].expect.fires[0]: ", badErr, StringComparison.Ordinal);
    }

    [Fact]
    public void TestCommand_BelowMinCoverage_ExitsThree()
    {
        var folder = PolicyLoopCli.TempFolder();
        var file = Path.Combine(folder, "thin.tests.json");
        File.WriteAllText(file, """{"policy":"article-default","cases":[{"name":"one","scenario":""" + Scenario.Replace("YEARS", "1", StringComparison.Ordinal) + "}]}");

        Assert.Equal(0, PolicyLoopCli.Run("test", file, "--coverage").Code);
        var (code, stdout, _) = PolicyLoopCli.Run("test", file, "--min-coverage", "90");
        Assert.Equal(3, code);
        Assert.Contains("is below --min-coverage 90%", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void JUnitOutput_ParsesAsXml_WithOneTestCasePerCaseAndTheCoverageBar()
    {
        var folder = PolicyLoopCli.TempFolder();
        var file = Path.Combine(folder, "mixed.tests.json");
        File.WriteAllText(file, """{"policy":"article-default","cases":[{"name":"passes <&>","scenario":""" + Scenario.Replace("YEARS", "1", StringComparison.Ordinal) + """},{"name":"fails","scenario":""" + Scenario.Replace("YEARS", "1", StringComparison.Ordinal) + ""","expect":{"decision":"decline"}}]}""");

        var (code, stdout, _) = PolicyLoopCli.Run("test", file, "--format", "junit", "--min-coverage", "100");

        Assert.Equal(3, code);
        var xml = XDocument.Parse(stdout);
        var suites = xml.Root!;
        Assert.Equal("testsuites", suites.Name.LocalName);
        Assert.Equal("3", suites.Attribute("tests")!.Value);
        Assert.Equal("2", suites.Attribute("failures")!.Value);
        var cases = suites.Descendants("testcase").ToList();
        Assert.Equal(["passes <&>", "fails", "coverage at least 100%"], cases.Select(c => c.Attribute("name")!.Value));
        Assert.Null(cases[0].Element("failure"));
        Assert.StartsWith("decision: expected decline", cases[1].Element("failure")!.Attribute("message")!.Value, StringComparison.Ordinal);
        Assert.NotNull(cases[2].Element("failure"));
    }

    [Fact]
    public void JsonOutput_HasTheDesignsShape()
    {
        var file = Path.Combine(PolicyLoopCli.PoliciesFolder, "campus-board.tests.json");
        var (code, stdout, _) = PolicyLoopCli.Run("test", file, "--format", "json", "--coverage");

        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("failed").GetInt32());
        Assert.True(root.GetProperty("cases")[0].GetProperty("passed").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Object, root.GetProperty("cases")[0].GetProperty("expected").ValueKind);
        var coverage = root.GetProperty("coverage");
        Assert.Equal(100, coverage.GetProperty("percent").GetDouble());
        Assert.Contains(coverage.GetProperty("thresholds").EnumerateArray(), t => t.GetProperty("ruleId").GetString() == "first-interview-ever" && t.GetProperty("below").GetBoolean() && t.GetProperty("above").GetBoolean());
        Assert.Equal(["low-cost"], coverage.GetProperty("disabled").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(coverage.GetProperty("unreachable").EnumerateArray(), u => u.GetProperty("ruleId").GetString() == "networking");
    }
}
