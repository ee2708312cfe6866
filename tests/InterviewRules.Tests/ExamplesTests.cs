using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using InterviewRules.Rendering;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace InterviewRules.Tests;

public class ExamplesTests
{
    public static IEnumerable<object[]> Names => Examples.Names();

    [Fact]
    public void Folder_HasAtLeastTwelveExamplesEachWithASidecar()
    {
        Assert.True(Names.Count() >= 12);
        Assert.All(Names, n => Examples.Expected((string)n[0]));
    }

    [Fact]
    public void Examples_TogetherFireEveryRuleAndBothDecisions()
    {
        var fired = Names.SelectMany(n => Examples.Expected((string)n[0]).MustFire).ToHashSet();
        var decisions = Names.Select(n => Examples.Expected((string)n[0]).Decision).ToHashSet();

        Assert.Equal(11, fired.Count);
        Assert.Equal(["accept", "decline"], decisions.Order());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_ThroughTheJsonContract_GivesTheDocumentedDecisionAndFiredRules(string name)
    {
        var expected = Examples.Expected(name);
        var recommendation = InterviewAdvisor.Default.Recommend(InterviewJson.ReadScenario(Examples.ScenarioBytes(name)));

        using var json = JsonDocument.Parse(InterviewJson.Write(recommendation));
        var root = json.RootElement;
        var fired = root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();

        Assert.Equal(expected.Decision, root.GetProperty("decision").GetString());
        Assert.Equal(expected.Score, root.GetProperty("score").GetDouble());
        Assert.All(expected.MustFire, id => Assert.Contains(id, fired));
        Assert.All(expected.MustNotFire, id => Assert.DoesNotContain(id, fired));
        Assert.Equal(11, expected.MustFire.Length + expected.MustNotFire.Length);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_TextRendering_MatchesSnapshot(string name)
    {
        var recommendation = InterviewAdvisor.Default.Recommend(InterviewJson.ReadScenario(Examples.ScenarioBytes(name)));

        Snapshot.Match(Renderers.Render("text", recommendation), SnapshotNameExtension.Create(name, "text"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_JsonRendering_MatchesSnapshot(string name)
    {
        var recommendation = InterviewAdvisor.Default.Recommend(InterviewJson.ReadScenario(Examples.ScenarioBytes(name)));

        Snapshot.Match(InterviewJson.Write(recommendation), SnapshotNameExtension.Create(name, "json"));
    }
}
