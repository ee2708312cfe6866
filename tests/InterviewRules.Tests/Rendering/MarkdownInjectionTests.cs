using System;
using System.Linq;
using System.Text;
using InterviewRules.Rendering;
using Xunit;

namespace InterviewRules.Tests.Rendering;

/// <summary>A policy's own texts are data: in Markdown they can open no link, heading, quote or code span of their own.</summary>
public class MarkdownInjectionTests
{
    [Fact]
    public void PolicyNameAndCustomTexts_CannotBecomeMarkup()
    {
        var policy = InterviewJson.ReadPolicy(Encoding.UTF8.GetBytes("""
            { "name": "x` [Claim your prize](https://example.invalid) `", "version": "1\n# owned", "customRules": [ { "id": "sneaky", "kind": "reason", "effect": "accept", "weight": 1,
              "title": "Fine\n# Heading\n> quote\n---", "explanation": "line one\n\n[link](https://example.invalid)", "source": "s", "when": { "fact": "candidate.activelyLooking", "op": "equals", "value": false } } ] }
            """));
        var recommendation = InterviewAdvisor.Create(policy).Recommend(InterviewJson.ReadScenario(Examples.ScenarioBytes("08-afraid-of-leading-on")));

        var markdown = Renderers.Render("markdown", recommendation);

        Assert.Contains("`` x` [Claim your prize](https://example.invalid) ` ``", markdown, StringComparison.Ordinal);
        Assert.Contains("\\[link](https://example.invalid)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(" [link]", markdown, StringComparison.Ordinal);
        var lines = markdown.Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("# ", StringComparison.Ordinal) || l.StartsWith('>') || l == "---");
        Assert.Contains("Fine # Heading > quote ---", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "`plain`")]
    [InlineData("a`b", "`` a`b ``")]
    [InlineData("``x", "``` ``x ```")]
    [InlineData("two\nlines", "`two lines`")]
    public void CodeSpan_IsFencedPastEveryBacktickRun(string text, string expected) =>
        Assert.Equal(expected, RecommendationMarkdown.CodeSpan(text));
}
