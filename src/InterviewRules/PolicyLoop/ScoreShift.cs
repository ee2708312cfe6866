using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewRules.Engine;

namespace InterviewRules.PolicyLoop;

/// <summary>
/// How scores moved from the old policy to the new one over every scenario compared: least, greatest and mean shift
/// (new minus old) and a histogram of the shifts rounded to the nearest half point. Its size depends on the spread
/// of the shifts, never on the number of scenarios.
/// </summary>
public sealed class ScoreShift
{
    private readonly Dictionary<long, long> _bins = [];
    private double _sum;

    internal ScoreShift()
    {
    }

    /// <summary>Gets how many shifts were counted.</summary>
    public long Count { get; private set; }

    /// <summary>Gets the least shift; 0 when nothing was counted.</summary>
    public double Min { get; private set; }

    /// <summary>Gets the greatest shift; 0 when nothing was counted.</summary>
    public double Max { get; private set; }

    /// <summary>Gets the mean shift; 0 when nothing was counted.</summary>
    public double Mean => Count == 0 ? 0 : Clean(_sum / Count);

    /// <summary>Gets the histogram: for each half point a shift rounds to, how many scenarios shifted by it, ascending.</summary>
    public IReadOnlyList<KeyValuePair<double, long>> Histogram =>
        [.. _bins.OrderBy(b => b.Key).Select(b => new KeyValuePair<double, long>(Clean(b.Key / 2.0), b.Value))];

    /// <summary>Writes <c>min -2, max 1, mean -0.4; -2: 3, 0: 990, 1: 7</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"min {Write(Min)}, max {Write(Max)}, mean {Write(Math.Round(Mean, 4))}; " + string.Join(", ", Histogram.Select(b => $"{Write(b.Key)}: {b.Value}"));

    internal void Add(double shift)
    {
        shift = Clean(shift);
        if (Count == 0)
        {
            Min = Max = shift;
        }
        else
        {
            Min = Math.Min(Min, shift);
            Max = Math.Max(Max, shift);
        }

        Count++;
        _sum += shift;
        var bin = (long)Math.Round(shift * 2, MidpointRounding.AwayFromZero);
        _bins[bin] = _bins.GetValueOrDefault(bin) + 1;
    }

    // Sums of weights carry binary noise (0.1 + 0.2); a shift is shown to 9 decimals, and never as -0.
    private static double Clean(double value)
    {
        var rounded = Math.Round(value, 9);
        return rounded == 0 ? 0 : rounded;
    }

    private static string Write(double value) => NumberText.Write(value, CultureInfo.InvariantCulture);
}
