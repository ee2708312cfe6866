using InterviewRules.Engine;

namespace InterviewRules;

/// <summary>The least and the greatest value a score or weight takes over every completion of what is known.</summary>
/// <param name="Min">The least value.</param>
/// <param name="Max">The greatest value.</param>
public readonly record struct ScoreRange(double Min, double Max)
{
    /// <summary>Gets whether the range is one value.</summary>
    public bool IsExact => Min == Max;

    /// <inheritdoc />
    public override string ToString() => IsExact ? NumberText.Write(Min, System.Globalization.CultureInfo.InvariantCulture) : $"{NumberText.Write(Min, System.Globalization.CultureInfo.InvariantCulture)} to {NumberText.Write(Max, System.Globalization.CultureInfo.InvariantCulture)}";
}
