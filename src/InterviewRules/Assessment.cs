using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;

namespace InterviewRules;

/// <summary>
/// The answer from what is known (design.md, "Deciding with what is known"): settled with its decision when every
/// completion of the partial scenario gets the same one, open otherwise, with the questions worth asking ranked; or
/// undetermined when rules written in code hide what they read. Exact over each fact's whole allowed range.
/// </summary>
public sealed class Assessment
{
    internal Assessment(AssessmentStatus status, Verdict? decision, ScoreRange? scoreRange, PolicyIdentity policy)
    {
        Status = status;
        Decision = decision;
        ScoreRange = scoreRange;
        Policy = policy;
    }

    /// <summary>Gets whether the decision is settled, open or undetermined.</summary>
    public AssessmentStatus Status { get; }

    /// <summary>Gets the decision when settled; otherwise <see langword="null"/>.</summary>
    public Verdict? Decision { get; }

    /// <summary>Gets the least and greatest score over every completion (vetoed ones included); <see langword="null"/> when undetermined.</summary>
    public ScoreRange? ScoreRange { get; }

    /// <summary>Gets the identity of the policy applied.</summary>
    public PolicyIdentity Policy { get; }

    /// <summary>Gets the item facts not known, in item order.</summary>
    public IReadOnlyList<string> Unknown { get; internal init; } = ReadOnlyArray<string>.Empty;

    /// <summary>Gets the unknown item facts whose value changes the decision for some values of the others; empty when settled.</summary>
    public IReadOnlyList<string> Relevant { get; internal init; } = ReadOnlyArray<string>.Empty;

    /// <summary>Gets the rules that fire in every completion, in the recommendation's order.</summary>
    public IReadOnlyList<AssessedFinding> Findings { get; internal init; } = ReadOnlyArray<AssessedFinding>.Empty;

    /// <summary>Gets the rules that fire in some completions only.</summary>
    public IReadOnlyList<PossibleFinding> Possible { get; internal init; } = ReadOnlyArray<PossibleFinding>.Empty;

    /// <summary>Gets the questions worth asking, best first: never one whose answer cannot change the decision.</summary>
    public IReadOnlyList<AssessmentQuestion> Questions { get; internal init; } = ReadOnlyArray<AssessmentQuestion>.Empty;

    /// <summary>Gets, when settled, a smallest set of known item facts that alone settle the same decision; otherwise <see langword="null"/>.</summary>
    public IReadOnlyList<string>? Sufficient { get; internal init; }

    /// <summary>Gets the full recommendation when every fact the policy's rules read is known; otherwise <see langword="null"/>.</summary>
    public Recommendation? Recommendation { get; internal init; }

    /// <summary>Gets the rules written in code whose facts are not all known (the reason an assessment is undetermined).</summary>
    public IReadOnlyList<string> OpaqueRules { get; internal init; } = ReadOnlyArray<string>.Empty;

    /// <summary>Gets why an assessment is undetermined for a reason other than <see cref="OpaqueRules"/> (the work bound); otherwise <see langword="null"/>.</summary>
    public string? Reason { get; internal init; }

    /// <summary>Gets the answer in one or two sentences for the person, in English.</summary>
    public string Summary => GetSummary(null);

    /// <summary>Gets the answer in one or two sentences for the person, in a culture's language: never an unknown fact, never a rule id.</summary>
    public string GetSummary(CultureInfo? culture) => Assessing.AssessmentTexts.Summary(this, culture);

    /// <summary>One line for logs: status, decision or score range, unknown and relevant counts, the first question.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var head = Status switch
        {
            AssessmentStatus.Settled => $"Settled: {Decision}, score {ScoreRange}",
            AssessmentStatus.Open => $"Open: score {ScoreRange}",
            _ => $"Undetermined: {(Reason ?? "opaque rules " + string.Join(", ", OpaqueRules))}",
        };
        var question = Questions.Count > 0 ? $"; ask {Questions[0].Fact}" : string.Empty;
        return $"{head}; {Unknown.Count} unknown, {Relevant.Count} relevant{question}; policy {Policy.Name} {Policy.Version}";
    }
}
