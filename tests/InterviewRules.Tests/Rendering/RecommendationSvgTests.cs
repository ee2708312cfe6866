using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using InterviewRules.Policies;
using InterviewRules.Rendering;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace InterviewRules.Tests.Rendering;

public class RecommendationSvgTests
{
    public static IEnumerable<object[]> Names => Examples.Names();

    private static Recommendation Example(string name) => InterviewAdvisor.Default.Recommend(InterviewJson.ReadScenario(Examples.ScenarioBytes(name)));

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_Svg_IsWellFormedAndMatchesSnapshot(string name)
    {
        var svg = Renderers.Svg.Render(Example(name));

        var root = XDocument.Parse(svg).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        Snapshot.Match(svg, SnapshotNameExtension.Create(name, "svg"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_Svg_EveryTextInsideTheViewBox(string name)
    {
        foreach (var culture in new[] { null, System.Globalization.CultureInfo.GetCultureInfo("es") })
        {
            var root = XDocument.Parse(Renderers.Svg.Render(Example(name), null, culture)).Root!;
            var width = double.Parse(root.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            foreach (var text in root.Elements(root.Name.Namespace + "text"))
            {
                // Estimated at 0.6 em a character, from the text's anchor.
                var x = double.Parse(text.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture);
                var size = double.Parse(text.Attribute("font-size")?.Value ?? "12", System.Globalization.CultureInfo.InvariantCulture);
                var length = text.Value.Length * 0.6 * size;
                var (left, right) = text.Attribute("text-anchor")?.Value == "end" ? (x - length, x) : (x, x + length);
                Assert.True(left >= 0 && right <= width, $"{name}: \"{text.Value}\" spans {left:0}–{right:0} in a view {width} wide");
            }
        }
    }

    [Fact]
    public void HostileCustomTitle_ControlCharactersAndACutSurrogatePair_StillWellFormedXml()
    {
        // 62 characters, then an emoji whose high surrogate falls where a title is cut, then control characters.
        var title = new string('t', 62) + "\ud83d\ude00" + "\\u001B\\u0007\\u0000x";
        var policy = InterviewJson.ReadPolicy(System.Text.Encoding.UTF8.GetBytes($$"""
            { "name": "hostile", "version": "1", "customRules": [ { "id": "hostile-title", "kind": "reason", "effect": "accept", "weight": 1,
              "title": "{{title}}", "explanation": "e", "source": "s", "when": { "fact": "candidate.activelyLooking", "op": "equals", "value": false } } ] }
            """));

        var svg = Renderers.Svg.Render(InterviewAdvisor.Create(policy).Recommend(InterviewJson.ReadScenario(Examples.ScenarioBytes("08-afraid-of-leading-on"))));

        Assert.Equal("svg", XDocument.Parse(svg).Root!.Name.LocalName);
        Assert.DoesNotContain('\u001B', svg);
    }

    [Fact]
    public void Veto_IsMarked_AndEveryFindingHasALabelledBar()
    {
        var recommendation = Example("07-untrustworthy-leadership-veto");

        var svg = Renderers.Svg.Render(recommendation);

        Assert.Contains(">VETO</text>", svg);
        Assert.Contains("stroke-dasharray=\"3 2\"", svg);
        foreach (var finding in recommendation.Findings)
        {
            Assert.Contains($"<title>{finding.RuleId}</title>", svg);
            Assert.Contains(finding.Title, svg);
        }

        Assert.Contains("threshold 0", svg);
        Assert.Contains("Decline the interview (score +6.5, vetoed)", svg);
    }

    [Fact]
    public void LongTitles_WidenTheLabelColumn_WithinBounds_AndAreCutWithAnEllipsis()
    {
        var longTitle = new string('x', 2000);
        var policy = InterviewJson.ReadPolicy(System.Text.Encoding.UTF8.GetBytes($$"""
            { "name": "long", "version": "1", "customRules": [ { "id": "long-title", "kind": "reason", "effect": "accept", "weight": 1,
              "title": "{{longTitle}}", "explanation": "e", "source": "s", "when": { "fact": "candidate.activelyLooking", "op": "equals", "value": false } } ] }
            """));
        var english = Renderers.Svg.Render(Example("08-afraid-of-leading-on"));
        var spanish = Renderers.Svg.Render(Example("08-afraid-of-leading-on"), null, System.Globalization.CultureInfo.GetCultureInfo("es"));
        var withLongTitle = Renderers.Svg.Render(InterviewAdvisor.Create(policy).Recommend(InterviewJson.ReadScenario(Examples.ScenarioBytes("08-afraid-of-leading-on"))));

        static int Width(string svg) => int.Parse(XDocument.Parse(svg).Root!.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(Width(english), 720, 760);
        Assert.True(Width(spanish) > Width(english), "the Spanish labels are longer and need a wider label column");
        Assert.InRange(Width(withLongTitle), Width(spanish) + 1, 530 + 16 + 388 + 16);
        Assert.Contains(new string('x', 63) + "… (+1)", withLongTitle, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 64), withLongTitle, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyThreshold_IsDrawn()
    {
        var advisor = InterviewAdvisor.Create(InterviewPolicy.ArticleDefault.WithThreshold(2.5));

        var svg = Renderers.Svg.Render(advisor.Recommend(InterviewJson.ReadScenario(Examples.ScenarioBytes("12-video-interview-low-cost"))));

        Assert.Contains("threshold 2.5", svg);
    }

    [Fact]
    public void ReadmeImage_IsWhatTheProgramDraws()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "images", "15-one-red-flag-strong-reasons.svg");

        Assert.Equal(Renderers.Svg.Render(Example("15-one-red-flag-strong-reasons")), File.ReadAllText(path));
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
