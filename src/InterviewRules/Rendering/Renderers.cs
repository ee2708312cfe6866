using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Explanations;

namespace InterviewRules.Rendering;

/// <summary>The shipped renderers: plain text, Markdown, the JSON contract and an SVG waterfall, behind one seam.</summary>
public static class Renderers
{
    /// <summary>Gets the plain-text renderer (what <see cref="Recommendation.ToString"/> writes).</summary>
    public static IRecommendationRenderer Text { get; } = new Renderer("text", RecommendationText.Instance.Render);

    /// <summary>Gets the Markdown renderer, for chat bubbles and cards.</summary>
    public static IRecommendationRenderer Markdown { get; } = new Renderer("markdown", RecommendationMarkdown.Instance.Render);

    /// <summary>Gets the JSON renderer: the recommendation contract, with a <c>counterfactuals</c> array when asked for.</summary>
    public static IRecommendationRenderer Json { get; } = new Renderer("json", InterviewJson.Write);

    /// <summary>Gets the SVG renderer: a waterfall of the findings' weights from 0 to the score, with the threshold line and vetoes marked.</summary>
    public static IRecommendationRenderer Svg { get; } = new Renderer("svg", RecommendationSvg.Render);

    /// <summary>Gets the names of the shipped renderers.</summary>
    public static IReadOnlyList<string> Names { get; } = [Text.Name, Markdown.Name, Json.Name, Svg.Name];

    /// <summary>Finds a shipped renderer by name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="renderer">The renderer, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryGet(string? name, out IRecommendationRenderer renderer)
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
