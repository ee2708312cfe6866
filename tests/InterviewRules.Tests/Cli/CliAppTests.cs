using System.IO;
using System.Linq;
using InterviewRules.Cli;
using Xunit;

namespace InterviewRules.Tests.Cli;

public class CliAppTests
{
    private static (int Code, string Out, string Err) RunWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin)), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => RunWithInput(string.Empty, args);

    [Fact]
    public void Evaluate_Example_PrintsDecisionLineThenFindings_Exit0()
    {
        var (code, stdout, stderr) = Run("evaluate", Examples.ScenarioPath("01-new-graduate-needs-practice"));

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.StartsWith("Take the interview (accept, score +4", stdout);
        Assert.Contains("[need-practice, +2, §1 You Need Practice]", stdout);
    }

    [Fact]
    public void Evaluate_Decline_StillExits0()
    {
        var (code, stdout, _) = Run("evaluate", Examples.ScenarioPath("07-untrustworthy-leadership-veto"), "--format", "json");

        Assert.Equal(0, code);
        Assert.Contains("\"decision\": \"decline\"", stdout);
    }

    [Fact]
    public void Evaluate_Json_EqualsTheLibrarysJson()
    {
        var name = "05-detailed-red-flags";
        var (_, stdout, _) = Run("evaluate", Examples.ScenarioPath(name), "--format", "json");

        Assert.Equal(InterviewJson.Write(InterviewAdvisor.Default.Recommend(InterviewJson.ReadScenario(Examples.ScenarioBytes(name)))), stdout);
    }

    [Fact]
    public void Evaluate_StandardInput_IsRead()
    {
        var (code, stdout, _) = RunWithInput(File.ReadAllText(Examples.ScenarioPath("12-video-interview-low-cost")), "evaluate", "-");

        Assert.Equal(0, code);
        Assert.StartsWith("Take the interview", stdout);
    }

    [Fact]
    public void Evaluate_MissingFile_Exit2_MessageOnStderrOnly()
    {
        var (code, stdout, stderr) = Run("evaluate", "no-such-file.json");

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Equal("no-such-file.json: the file does not exist.\n", stderr.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Evaluate_MalformedJson_Exit2_WithPath()
    {
        var (code, stdout, stderr) = RunWithInput("{\"candidate\": [", "evaluate", "-");

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("$: The scenario is not valid JSON at line 1", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Evaluate_ContractViolations_OneLinePerError()
    {
        var (code, stdout, stderr) = RunWithInput("""{"candidate":{"yearsOfExperience":-1,"interviewsInLastYear":0,"activelyLooking":true},"opportunity":{"interviewer":"peer","format":"fax"}}""", "evaluate", "-");

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Equal(
            "$.candidate.yearsOfExperience: candidate.yearsOfExperience is -1; it must be between 0 and 70.\n$.opportunity.format: opportunity.format is \"fax\"; it must be one of video, phone, onSite.\n",
            stderr.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Evaluate_MoreThanTwentyErrors_CapsAndCounts()
    {
        var properties = string.Join(",", Enumerable.Range(0, 30).Select(i => $"\"x{i}\":1"));
        var (code, _, stderr) = RunWithInput("{" + properties + "}", "evaluate", "-");

        var lines = stderr.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        Assert.Equal(2, code);
        Assert.Equal(21, lines.Length);
        Assert.Equal("… and 12 more", lines[^1]);
    }

    [Theory]
    [InlineData("evaluate", "x.json", "--bogus")]
    [InlineData("evaluate", "x.json", "--format", "yaml")]
    [InlineData("frobnicate")]
    [InlineData("evaluate")]
    public void UsageErrors_Exit2_OnStderrOnly(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("usage: ", stderr);
    }

    [Fact]
    public void Rules_ListsTheElevenIds()
    {
        var (code, stdout, _) = Run("rules");

        Assert.Equal(0, code);
        foreach (var definition in InterviewRules.Article.ArticleRules.Definitions)
        {
            Assert.Contains(definition.Id, stdout);
        }

        Assert.Equal(12, stdout.TrimEnd('\n').Split('\n').Length);
        Assert.Contains("concrete-red-flags    exception", stdout);
        Assert.StartsWith("id  ", stdout);
    }

    [Theory]
    [InlineData("evaluate", "--culture")]
    [InlineData("rules", "--culture")]
    [InlineData("rank", "--policy")]
    [InlineData("validate", "FILE")]
    [InlineData("schema", "NAME")]
    public void CommandHelp_Exit0_OnStdout_WithoutNeedingItsArguments(string command, string mentions)
    {
        var (code, stdout, stderr) = Run(command, "--help");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains(mentions, stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Exit0_OnStdout()
    {
        var (code, stdout, stderr) = Run("--help");

        Assert.Equal(0, code);
        Assert.Contains("evaluate", stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Validate_GoodPolicy_Exit0()
    {
        var (code, stdout, stderr) = Run("validate", Path.Combine(System.AppContext.BaseDirectory, "policies", "campus-board.json"));

        Assert.Equal(0, code);
        Assert.Contains("valid policy campus-board 2.0.0 (sha256:", stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Validate_BadPolicy_Exit2_AllErrorsOnStderr()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-policy-{System.Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"name":"x","version":"1","rules":{"nope":{}},"threshold":"high"}""");
        try
        {
            var (code, stdout, stderr) = Run("validate", file);

            Assert.Equal(2, code);
            Assert.Empty(stdout);
            Assert.Contains($"{file}: $.threshold: threshold is the string \"high\"", stderr);
            Assert.Contains($"{file}: $.rules.nope: rules.nope names no rule of the article", stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Evaluate_WithPolicy_UsesIt()
    {
        var policy = Path.Combine(System.AppContext.BaseDirectory, "policies", "executive-search.json");

        var (code, stdout, _) = Run("evaluate", Examples.ScenarioPath("13-long-trip-not-looking"), "--policy", policy, "--format", "json");

        Assert.Equal(0, code);
        Assert.Contains("\"name\": \"executive-search\"", stdout);
        Assert.Contains("\"ruleId\": \"relocation\"", stdout);
    }

    [Fact]
    public void Rules_WithPolicy_ShowsOverridesCustomRulesAndDisabled()
    {
        var (code, stdout, _) = Run("rules", "--policy", Path.Combine(System.AppContext.BaseDirectory, "policies", "executive-search.json"));

        Assert.Equal(0, code);
        Assert.Contains("relocation", stdout);
        Assert.Matches(@"networking\s+reason\s+.*\+3", stdout);
        Assert.Matches(@"need-practice\s+reason\s+.*disabled", stdout);
    }

    [Fact]
    public void Rank_Inbox_PrintsRankedInvitations()
    {
        var (code, stdout, _) = Run("rank", Path.Combine(System.AppContext.BaseDirectory, "inbox", "six-invitations.json"));

        Assert.Equal(0, code);
        Assert.StartsWith("1. invitation [3]: accept, score +7\n", stdout);
        Assert.EndsWith("6. invitation [0]: decline, score +6.5, vetoed\n", stdout);
    }

    [Fact]
    public void Rank_BadElement_Exit2_WithIndex()
    {
        var (code, stdout, stderr) = RunWithInput("[{}]", "rank", "-");

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("$[0].candidate: [0].candidate is missing", stderr);
    }

    [Fact]
    public void Evaluate_MarkdownWithCounterfactuals()
    {
        var (code, stdout, _) = Run("evaluate", Examples.ScenarioPath("13-long-trip-not-looking"), "--format", "markdown", "--counterfactuals");

        Assert.Equal(0, code);
        Assert.StartsWith("**Decline the interview.**", stdout);
        Assert.Contains("Something you can do: if you asked for a video call instead and they agreed, the advice would be to take it", stdout);
    }

    [Fact]
    public void Evaluate_JsonWithCounterfactuals_HasTheArray()
    {
        var (code, stdout, _) = Run("evaluate", Examples.ScenarioPath("13-long-trip-not-looking"), "--format", "json", "--counterfactuals");

        Assert.Equal(0, code);
        Assert.Contains("\"counterfactuals\": [", stdout);
        Assert.Contains("\"edits\": [\n        \"video\"\n      ]", stdout);
    }

    [Fact]
    public void Evaluate_CultureEs_WritesSpanish_Exit0()
    {
        var (code, stdout, stderr) = Run("evaluate", Examples.ScenarioPath("08-afraid-of-leading-on"), "--culture", "es");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.StartsWith("Acepta la entrevista (aceptar, puntuación +", stdout, System.StringComparison.Ordinal);
        Assert.Contains("Consejos:", stdout, System.StringComparison.Ordinal);
        Assert.Contains("nunca dejes a la empresa sin respuesta", stdout, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xx-not-a-culture")]
    [InlineData("e s")]
    public void Evaluate_UnknownCulture_NamesTheValue_Exit2_NothingOnStdout(string culture)
    {
        var (code, stdout, stderr) = Run("evaluate", Examples.ScenarioPath("01-new-graduate-needs-practice"), "--culture", culture);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith($"--culture: \"{culture}\" is not a culture name", stderr, System.StringComparison.Ordinal);
        Assert.Contains("texts ship in en, es", stderr, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("de")]
    public void Evaluate_CultureWithoutTexts_IsRefused_NamingTheShippedLanguages_Exit2(string culture)
    {
        var (code, stdout, stderr) = Run("evaluate", Examples.ScenarioPath("01-new-graduate-needs-practice"), "--culture", culture);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Equal($"--culture: \"{culture}\" is in a language no texts ship in; texts ship in en, es, so it must be one of those or a regional tag of one, such as en-GB.", stderr.Trim());
    }

    [Theory]
    [InlineData("es-MX")]
    [InlineData("ES")]
    public void Evaluate_RegionalCulture_WritesItsLanguage_AsTheLanguageItself(string culture)
    {
        var scenario = Examples.ScenarioPath("08-afraid-of-leading-on");

        Assert.Equal(Run("evaluate", scenario, "--culture", "es"), Run("evaluate", scenario, "--culture", culture));
    }

    [Theory]
    [InlineData(new[] { "evaluat", "x.json" }, "usage: \"evaluat\" is not a command (did you mean \"evaluate\"?); the commands are evaluate, assess, rules, validate, rank, schema, test, compare, sample, mcp, help.\n")]
    [InlineData(new[] { "frob" }, "usage: \"frob\" is not a command; the commands are evaluate, assess, rules, validate, rank, schema, test, compare, sample, mcp, help.\n")]
    [InlineData(new[] { "EVALUATE", "x.json" }, "usage: \"EVALUATE\" is not a command (did you mean \"evaluate\"?); the commands are evaluate, assess, rules, validate, rank, schema, test, compare, sample, mcp, help.\n")]
    [InlineData(new[] { "evaluate", "x.json", "--formt", "json" }, "usage: evaluate: \"--formt\" is not an option (did you mean \"--format\"?); the options are --format, --policy, --counterfactuals, --culture.\n")]
    [InlineData(new[] { "rank", "x.json", "--cultur", "es" }, "usage: rank: \"--cultur\" is not an option (did you mean \"--culture\"?); the options are --policy, --culture, --format.\n")]
    public void AMistypedCommandOrOption_IsOneLine_WithTheNearestNameSuggested(string[] args, string expected)
    {
        var (code, stdout, stderr) = Run(args);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Equal(expected, stderr.Replace("\r\n", "\n"));
    }

    [Theory]
    [InlineData("evaluate", "x.json", "--format", "yaml")]
    [InlineData("schema", "foo")]
    [InlineData("rank", "x.json", "--format", "svg")]
    public void AValueOutOfAChoice_IsOneLine(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void ScenarioErrors_NameTheFile_LikeAPolicysErrors()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-{System.Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{\"candidate\": {}}");
        try
        {
            var (code, _, stderr) = Run("evaluate", file);
            var (rankCode, _, rankErrors) = Run("rank", file);

            Assert.Equal(2, code);
            Assert.StartsWith($"{file}: $.candidate.yearsOfExperience: candidate.yearsOfExperience is missing", stderr);
            Assert.Equal(2, rankCode);
            Assert.StartsWith($"{file}: $: ", rankErrors);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Rules_CultureEs_ListsSpanishSectionsAndWeights()
    {
        var (code, stdout, _) = Run("rules", "--culture", "es");

        Assert.Equal(0, code);
        Assert.Contains("§1 Necesitas práctica", stdout, System.StringComparison.Ordinal);
        Assert.Contains("+0,5 si es barata, -3 si es cara", stdout, System.StringComparison.Ordinal);
        Assert.Contains("-3 por señal", stdout, System.StringComparison.Ordinal);
        Assert.StartsWith("id ", stdout, System.StringComparison.Ordinal);
        Assert.Matches(@"^id +tipo +sección +peso\n", stdout);
        Assert.Matches(@"\nleading-on +contraargumento +Malas razones", stdout);
        Assert.DoesNotContain("counterReason", stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_CultureEs_WritesSpanishLines_InTheSameOrder()
    {
        var inbox = Path.Combine(System.AppContext.BaseDirectory, "inbox", "six-invitations.json");
        var (code, english, _) = Run("rank", inbox);
        var (spanishCode, spanish, stderr) = Run("rank", inbox, "--culture", "es");

        Assert.Equal(0, code);
        Assert.Equal(0, spanishCode);
        Assert.Equal(string.Empty, stderr);
        Assert.StartsWith("1. invitación [", spanish, System.StringComparison.Ordinal);
        Assert.Contains(", vetada\n", spanish, System.StringComparison.Ordinal);
        Assert.Equal(
            english.Split('\n').Select(l => l.Split(']')[0].Replace("invitation", string.Empty, System.StringComparison.Ordinal)),
            spanish.Split('\n').Select(l => l.Split(']')[0].Replace("invitación", string.Empty, System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Bare_ShowsTheUsageWithTheCommands_Exit2()
    {
        var (code, stdout, stderr) = Run();

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Equal("usage: interview-rules COMMAND [options]; the commands are evaluate, assess, rules, validate, rank, schema, test, compare, sample, mcp, help (interview-rules help shows what each does).", stderr.TrimEnd());
    }

    [Fact]
    public void Help_ListsTheCommands_Exit0()
    {
        var (code, stdout, stderr) = Run("help");

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.All(["evaluate", "rank", "rules", "validate", "schema", "help"], c => Assert.Contains("  " + c, stdout, System.StringComparison.Ordinal));
    }

    [Fact]
    public void HelpForACommand_IsThatCommandsHelp_AndAnUnknownOneIsAUsageError()
    {
        var rank = Run("help", "rank");
        var unknown = Run("help", "nope");

        Assert.Equal(0, rank.Code);
        Assert.Equal(Run("rank", "--help").Out, rank.Out);
        Assert.Equal(2, unknown.Code);
        Assert.Contains("\"nope\" is not a command", unknown.Err, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_EmptyList_SaysThereIsNothingToRank()
    {
        var (code, stdout, _) = RunWithInput("[]", "rank", "-");

        Assert.Equal(0, code);
        Assert.Equal("Nothing to rank: the list of invitations is empty.\n", stdout);
    }

    [Fact]
    public void EmptyCulture_IsRefused()
    {
        var (code, stdout, stderr) = Run("rules", "--culture", "");

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("--culture: \"\" is empty;", stderr, System.StringComparison.Ordinal);
    }
}
