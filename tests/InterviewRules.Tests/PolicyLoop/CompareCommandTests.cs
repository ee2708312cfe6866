using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using InterviewRules.Policies;
using InterviewRules.PolicyLoop;
using Xunit;

namespace InterviewRules.Tests.PolicyLoop;

public class CompareCommandTests
{
    private static string Campus => Path.Combine(PolicyLoopCli.PoliciesFolder, "campus-board.json");

    private static string Lines(int count, params (int At, string Line)[] replaced)
    {
        var lines = PolicySamples.Generate(InterviewPolicy.ArticleDefault, count, 3).Select(PolicySamples.ToJsonLine).ToArray();
        foreach (var (at, line) in replaced)
        {
            lines[at] = line;
        }

        var file = Path.Combine(PolicyLoopCli.TempFolder(), "scenarios.jsonl");
        File.WriteAllText(file, string.Join("\n", lines) + "\n");
        return file;
    }

    [Fact]
    public void Compare_ABadScenario_IsReportedWithItsIndex_CountedAndSkipped()
    {
        var file = Lines(300, (5, "{\"candidate\":{}}"), (9, "not json"));

        var (code, stdout, stderr) = PolicyLoopCli.Run("compare", "article-default", Campus, "--scenarios", file, "--format", "json");

        Assert.Equal(0, code);
        Assert.Contains($"{file}: scenario 5: $.candidate", stderr, StringComparison.Ordinal);
        Assert.Contains($"{file}: scenario 9: $: ", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(2, json.RootElement.GetProperty("invalid").GetInt64());
        Assert.Equal(298, json.RootElement.GetProperty("scenarios").GetInt64());
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.NotEmpty(changes);
        Assert.Equal(changes.Count, json.RootElement.GetProperty("flips").GetProperty("toAccept").GetInt64() + json.RootElement.GetProperty("flips").GetProperty("toDecline").GetInt64());
        Assert.DoesNotContain(changes, c => c.GetProperty("scenario").GetInt64() is 5 or 9);
        Assert.All(changes, c => Assert.All(c.GetProperty("ruleIds").EnumerateArray(), id => Assert.Contains(id.GetString()!, c.GetProperty("reason").GetString()!, StringComparison.Ordinal)));
        Assert.True(json.RootElement.GetProperty("scoreShift").GetProperty("histogram").GetArrayLength() > 0);
    }

    [Fact]
    public void Compare_AJsonArrayAndAFolder_GiveTheSameFlipsAsJsonLines()
    {
        var scenarios = PolicySamples.Generate(InterviewPolicy.ArticleDefault, 120, 5).ToList();
        var folder = PolicyLoopCli.TempFolder();
        var array = Path.Combine(folder, "all.json");
        File.WriteAllText(array, "[\n" + string.Join(",\n", scenarios.Select(InterviewJson.Write)) + "]\n");
        var lines = Path.Combine(folder, "all.jsonl");
        File.WriteAllText(lines, string.Join("\n", scenarios.Select(PolicySamples.ToJsonLine)));
        var each = Path.Combine(folder, "each");
        Directory.CreateDirectory(each);
        for (var i = 0; i < scenarios.Count; i++)
        {
            File.WriteAllText(Path.Combine(each, $"s{i:D3}.json"), InterviewJson.Write(scenarios[i]));
        }

        var fromArray = PolicyLoopCli.Run("compare", "article-default", Campus, "--scenarios", array);
        var fromLines = PolicyLoopCli.Run("compare", "article-default", Campus, "--scenarios", lines);
        var fromFolder = PolicyLoopCli.Run("compare", "article-default", Campus, "--scenarios", each);

        Assert.Equal((0, string.Empty), (fromArray.Code, fromArray.Err));
        Assert.Equal(fromArray.Out, fromLines.Out);
        Assert.Equal(0, fromFolder.Code);
        Assert.Contains("s0", fromFolder.Out, StringComparison.Ordinal);
        Assert.Equal(fromArray.Out.Split('\n')[^3..], fromFolder.Out.Split('\n')[^3..]);
    }

    [Fact]
    public void Compare_Markdown_ListsAtMostFiftyChanges_ThenHowManyMore()
    {
        var file = Lines(3000);

        var (code, stdout, _) = PolicyLoopCli.Run("compare", "article-default", Campus, "--scenarios", file, "--format", "markdown");

        Assert.Equal(0, code);
        var rows = stdout.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains(" → ", StringComparison.Ordinal) && l.Contains("accept", StringComparison.Ordinal));
        Assert.Equal(50, rows);
        Assert.Matches(@"\n… and \d+ more\n", stdout);
        Assert.StartsWith("### Policy impact: article-default 1.0.0 → campus-board 2.0.0", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_AnUnusablePolicyOrSource_ExitsTwoWithNothingOnStdout()
    {
        var (code, stdout, stderr) = PolicyLoopCli.Run("compare", "article-default", "nope.json", "--scenarios", "missing-folder");

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains("nope.json: the file does not exist.", stderr, StringComparison.Ordinal);
        Assert.Contains("missing-folder: neither a file nor a folder", stderr, StringComparison.Ordinal);
    }
}
