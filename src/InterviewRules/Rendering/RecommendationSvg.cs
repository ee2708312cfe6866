using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using InterviewRules.Engine;
using InterviewRules.Explanations;
using InterviewRules.Localization;

namespace InterviewRules.Rendering;

/// <summary>
/// A waterfall of the findings' signed weights from 0 to the score, as plain deterministic SVG text: one bar per
/// finding in canonical order, each starting where the previous ended, labelled with the rule's title and weight;
/// the threshold as a dashed line; vetoes marked; the score as the last bar.
/// </summary>
internal static class RecommendationSvg
{
    private const int PlotWidth = 388;
    private const int MinLabelWidth = 300;
    private const int MaxLabelWidth = 530;
    private const int MaxTitleLength = 64;
    private const double CharWidth = 7.2; // 0.6 em of a 12 px sans-serif font: a generous average advance
    private const int Margin = 16;
    private const int Row = 26;
    private const int BarHeight = 16;
    private const string Accept = "#2e7d32";
    private const string Decline = "#c62828";
    private const string Neutral = "#757575";

    public static string Render(Recommendation recommendation, IReadOnlyList<Counterfactual>? counterfactuals, CultureInfo? culture)
    {
        _ = counterfactuals; // a picture of the findings; counterfactuals belong to the text formats
        var findings = recommendation.Findings;
        var threshold = recommendation.Threshold;
        var low = Math.Min(0, threshold);
        var high = Math.Max(0, threshold);
        var running = 0.0;
        foreach (var finding in findings)
        {
            running += finding.Weight;
            low = Math.Min(low, running);
            high = Math.Max(high, running);
        }

        low = Math.Min(low, recommendation.Score);
        high = Math.Max(high, recommendation.Score);
        if (high - low < 1)
        {
            high = low + 1;
        }

        // Labels are right-aligned against the plot: the label column grows with the longest label (Spanish titles
        // run longer than English ones), within bounds; a title longer than MaxTitleLength is cut with an ellipsis.
        var labels = new string[findings.Count];
        var longest = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var title = findings[i].GetTitle(culture);
            title = title.Length > MaxTitleLength ? string.Concat(title.AsSpan(0, char.IsHighSurrogate(title[MaxTitleLength - 2]) ? MaxTitleLength - 2 : MaxTitleLength - 1), "…") : title;
            labels[i] = $"{title} ({(findings[i].Veto ? Texts.Get("veto", culture) : WeightText.SignedFor(findings[i].Weight, culture))})";
            longest = Math.Max(longest, labels[i].Length);
        }

        var labelWidth = Math.Clamp((int)Math.Ceiling(longest * CharWidth) + Margin, MinLabelWidth, MaxLabelWidth);
        var width = labelWidth + Margin + PlotWidth + Margin;
        var plotLeft = labelWidth + Margin;
        double X(double value) => plotLeft + (value - low) / (high - low) * PlotWidth;

        var rows = findings.Count + 1;
        var top = 48;
        var height = top + rows * Row + Margin + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        var headline = Texts.Get(recommendation.Decision == Verdict.Accept ? "headline.accept" : "headline.decline", culture)
            + $" ({Texts.Get("score", culture)} {WeightText.SignedFor(recommendation.Score, culture)}{(recommendation.IsVetoed ? ", " + Texts.Get("vetoed", culture) : string.Empty)})";
        svg.Append(CultureInfo.InvariantCulture, $"  <title>{Escape(headline)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{Margin}\" y=\"24\" font-size=\"16\" font-weight=\"bold\" fill=\"{(recommendation.Decision == Verdict.Accept ? Accept : Decline)}\">{Escape(headline)}</text>\n");

        var start = 0.0;
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            var end = start + finding.Weight;
            var y = top + i * Row;
            var color = finding.Veto ? Decline : finding.Weight > 0 ? Accept : finding.Weight < 0 ? Decline : Neutral;
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{labelWidth}\" y=\"{y + 12}\" text-anchor=\"end\" fill=\"#212121\">{Escape(labels[i])}</text>\n");
            var left = Math.Min(X(start), X(end));
            var barWidth = Math.Max(2, Math.Abs(X(end) - X(start)));
            svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"{N(left)}\" y=\"{y}\" width=\"{N(barWidth)}\" height=\"{BarHeight}\" fill=\"{color}\"{(finding.Veto ? " stroke=\"#000000\" stroke-dasharray=\"3 2\"" : string.Empty)}><title>{Escape(finding.RuleId)}</title></rect>\n");
            if (finding.Veto)
            {
                svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{N(left + barWidth + 4)}\" y=\"{y + 12}\" font-weight=\"bold\" fill=\"{Decline}\">{Escape(Texts.Get("veto", culture).ToUpperInvariant())}</text>\n");
            }

            start = end;
        }

        var totalY = top + findings.Count * Row;
        var scoreColor = recommendation.Decision == Verdict.Accept ? Accept : Decline;
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{labelWidth}\" y=\"{totalY + 12}\" text-anchor=\"end\" font-weight=\"bold\" fill=\"#212121\">{Escape(Texts.Capitalized("score", culture))} ({WeightText.SignedFor(recommendation.Score, culture)})</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"{N(Math.Min(X(0), X(recommendation.Score)))}\" y=\"{totalY}\" width=\"{N(Math.Max(2, Math.Abs(X(recommendation.Score) - X(0))))}\" height=\"{BarHeight}\" fill=\"{scoreColor}\" fill-opacity=\"0.6\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <line x1=\"{N(X(threshold))}\" y1=\"{top - 8}\" x2=\"{N(X(threshold))}\" y2=\"{totalY + Row}\" stroke=\"#000000\" stroke-dasharray=\"4 3\"/>\n");
        // The label goes right of the line, or left of it when it would run past the right edge (0.6 em a character).
        var thresholdLabel = $"{Texts.Get("threshold", culture)} {WeightText.NumberFor(threshold, culture)}";
        var fitsRight = X(threshold) + 3 + thresholdLabel.Length * 6 <= width;
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{N(fitsRight ? X(threshold) + 3 : X(threshold) - 3)}\" y=\"{top - 10}\" font-size=\"10\"{(fitsRight ? string.Empty : " text-anchor=\"end\"")} fill=\"#000000\">{Escape(thresholdLabel)}</text>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),

                // XML 1.0 has no place for these, not even as references: shown as \uXXXX, the document stays well-formed.
                < ' ' and not ('\t' or '\n' or '\r') or '\uFFFE' or '\uFFFF' => escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
