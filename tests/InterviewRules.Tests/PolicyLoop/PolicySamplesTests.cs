using System.IO;
using System.Linq;
using InterviewRules.Policies;
using InterviewRules.PolicyLoop;
using Xunit;

namespace InterviewRules.Tests.PolicyLoop;

public class PolicySamplesTests
{
    [Theory]
    [InlineData("article-default")]
    [InlineData("campus-board")]
    [InlineData("executive-search")]
    [InlineData("article-default-declarative")]
    public void Generate_PutsEveryFactOnEachReachableSideOfEachThreshold(string name)
    {
        var policy = name == "article-default" ? InterviewPolicy.ArticleDefault : InterviewJson.ReadPolicy(File.ReadAllBytes(Path.Combine(PolicyLoopCli.PoliciesFolder, name + ".json")));
        var scenarios = PolicySamples.Generate(policy, PolicySamples.Needed(policy), seed: 1).ToList();
        var cases = scenarios.Select((s, i) => new PolicyTestCase($"s{i}", s));

        var coverage = PolicyTests.Run(policy, cases, coverage: true).Coverage!;

        Assert.All(coverage.Thresholds, t => Assert.True((t.Below || !t.CanBeBelow) && (t.Above || !t.CanBeAbove), $"{t.RuleId} {t.Parameter}"));
        Assert.Empty(coverage.Missing);
    }

    [Fact]
    public void SampleCommand_WritesValidJsonLines_TheSameForTheSameSeed()
    {
        var first = PolicyLoopCli.Run("sample", "--count", "40", "--seed", "9");
        var again = PolicyLoopCli.Run("sample", "--count", "40", "--seed", "9");

        Assert.Equal(0, first.Code);
        Assert.Equal(first.Out, again.Out);
        var lines = first.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(40, lines.Length);
        Assert.All(lines, l => Assert.True(InterviewJson.TryReadScenario(System.Text.Encoding.UTF8.GetBytes(l), out _, out _), l));
    }
}
