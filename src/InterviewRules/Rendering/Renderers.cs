using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Explanations;

namespace InterviewRules.Rendering;

/// <summary>The shipped renderers: plain text, Markdown, the JSON contract and an SVG waterfall, behind one seam.</summary>
public static class Renderers
{
    /// <summary>Gets the plain-text renderer: the decision, each finding with its explanation, the advice.</summary>
    internal static IRecommendationRenderer Text { get; } = new Renderer("text", RecommendationText.Instance.Render);

    /// <summary>Gets the Markdown renderer, for chat bubbles and cards.</summary>
    internal static IRecommendationRenderer Markdown { get; } = new Renderer("markdown", RecommendationMarkdown.Instance.Render);

    /// <summary>Gets the JSON renderer: the recommendation contract, with a <c>counterfactuals</c> array when asked for.</summary>
    internal static IRecommendationRenderer Json { get; } = new Renderer("json", InterviewJson.Write);

    /// <summary>Gets the SVG renderer: a waterfall of the findings' weights from 0 to the score, with the threshold line and vetoes marked.</summary>
    internal static IRecommendationRenderer Svg { get; } = new Renderer("svg", RecommendationSvg.Render);

    /// <summary>Gets the names of the shipped renderers.</summary>
    public static IReadOnlyList<string> Names { get; } = [Text.Name, Markdown.Name, Json.Name, Svg.Name];

    /// <summary>Finds a shipped renderer by name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="renderer">The renderer, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    internal static bool TryGet(string? name, out IRecommendationRenderer renderer)
    {
        foreach (var candidate in new[] { Text, Markdown, Json, Svg })
        {
            if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
            {
                renderer = candidate;
                return true;
            }
        }

        renderer = Text;
        return false;
    }

    /// <summary>Writes a recommendation in one of the formats of <see cref="Names"/>.</summary>
    /// <param name="format">The format: <c>text</c>, <c>markdown</c>, <c>json</c> or <c>svg</c>.</param>
    /// <param name="recommendation">The recommendation.</param>
    /// <param name="counterfactuals">What would change the advice, to include; <see langword="null"/> to leave them out.</param>
    /// <param name="culture">The language of the texts (one of <see cref="Localization.Languages.Shipped"/>, or English when its language does not ship); English for <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException"><paramref name="format"/> is not one of <see cref="Names"/>.</exception>
    public static string Render(string format, Recommendation recommendation, IReadOnlyList<Counterfactual>? counterfactuals = null, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return TryGet(format, out var renderer)
            ? renderer.Render(recommendation, counterfactuals, culture)
            : throw new ArgumentException($"format is \"{format}\"; it must be one of {string.Join(", ", Names)}.", nameof(format));
    }

    /// <summary>Gets the formats an assessment can be rendered in: <c>text</c>, <c>markdown</c>, <c>json</c>.</summary>
    public static IReadOnlyList<string> AssessmentNames { get; } = [Text.Name, Markdown.Name, Json.Name];

    /// <summary>Renders an assessment for people: its summary, the reasons that hold whatever the unknown facts are, and the questions worth asking.</summary>
    /// <param name="format">One of <see cref="AssessmentNames"/>.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="culture">The language of the texts; English for <see langword="null"/>.</param>
    /// <returns>The rendered text.</returns>
    /// <exception cref="ArgumentException"><paramref name="format"/> is not one of <see cref="AssessmentNames"/>.</exception>
    public static string Render(string format, Assessment assessment, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return format switch
        {
            "text" => AssessmentRendering.Render(assessment, culture),
            "markdown" => AssessmentMarkdown.Render(assessment, culture),
            "json" => InterviewJson.Write(assessment, culture),
            _ => throw new ArgumentException($"format is \"{format}\"; it must be one of {string.Join(", ", AssessmentNames)}.", nameof(format)),
        };
    }

    private sealed class Renderer(string name, Func<Recommendation, IReadOnlyList<Counterfactual>?, CultureInfo?, string> render) : IRecommendationRenderer
    {
        public string Name => name;

        public string Render(Recommendation recommendation, IReadOnlyList<Counterfactual>? counterfactuals = null, CultureInfo? culture = null)
        {
            ArgumentNullException.ThrowIfNull(recommendation);
            return render(recommendation, counterfactuals, culture);
        }
    }
}
