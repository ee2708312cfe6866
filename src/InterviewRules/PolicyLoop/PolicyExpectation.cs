using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;

namespace InterviewRules.PolicyLoop;

/// <summary>
/// What a policy test case expects (design.md, "Policy tests and impact"); every part is optional, and a case that
/// expects nothing only checks that its scenario is valid.
/// </summary>
public sealed class PolicyExpectation
{
    /// <summary>Gets an expectation of nothing.</summary>
    public static PolicyExpectation None { get; } = new();

    /// <summary>Gets the decision expected; for an assessed case, the settled decision.</summary>
    /// <value>The default value is <see langword="null"/>: any decision.</value>
    public Verdict? Decision { get; init; }

    /// <summary>Gets the rules expected to fire; for an assessed case, to fire in every completion.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<string> Fires { get; init; } = [];

    /// <summary>Gets the rules expected not to fire; for an assessed case, to fire in no completion.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<string> NotFires { get; init; } = [];

    /// <summary>Gets the range the score must lie in; for an assessed case, the range the whole score range must lie in.</summary>
    /// <value>The default value is <see langword="null"/>: any score.</value>
    public ScoreRange? Score { get; init; }

    /// <summary>Gets the status expected of an assessed case.</summary>
    /// <value>The default value is <see langword="null"/>: any status.</value>
    public AssessmentStatus? Status { get; init; }

    /// <summary>Gets the relevant facts expected of an assessed case, exactly (in any order).</summary>
    /// <value>The default value is <see langword="null"/>: any.</value>
    public IReadOnlyList<string>? Relevant { get; init; }

    /// <summary>Describes the expectation as one line: <c>decision accept, fires need-practice, score 2 to 9</c>.</summary>
    /// <returns>The text; <c>a valid scenario</c> for an expectation of nothing.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Status is { } status)
        {
            parts.Add("status " + ContractNames.Of(status));
        }

        if (Decision is { } decision)
        {
            parts.Add("decision " + ContractNames.Of(decision));
        }

        if (Fires.Count > 0)
        {
            parts.Add("fires " + string.Join(", ", Fires));
        }

        if (NotFires.Count > 0)
        {
            parts.Add("does not fire " + string.Join(", ", NotFires));
        }

        if (Score is { } score)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"score {score}"));
        }

        if (Relevant is { } relevant)
        {
            parts.Add("relevant " + (relevant.Count == 0 ? "none" : string.Join(", ", relevant)));
        }

        return parts.Count == 0 ? "a valid scenario" : string.Join("; ", parts);
    }
}
