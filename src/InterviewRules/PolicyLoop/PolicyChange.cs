using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;

namespace InterviewRules.PolicyLoop;

/// <summary>One scenario whose decision a policy change flips, with the rules behind the flip and why.</summary>
public sealed class PolicyChange
{
    internal PolicyChange(string scenario, long index, ScoreResult from, ScoreResult to, IReadOnlyList<string> ruleIds, string reason)
    {
        Scenario = scenario;
        Index = index;
        From = from.Decision;
        To = to.Decision;
        ScoreFrom = from.Score;
        ScoreTo = to.Score;
        RuleIds = ruleIds;
        Reason = reason;
    }

    /// <summary>Gets the scenario's label: its index in the input, or the name it was given (a file name).</summary>
    public string Scenario { get; }

    /// <summary>Gets the scenario's position among those compared, from 0.</summary>
    public long Index { get; }

    /// <summary>Gets the old policy's decision.</summary>
    public Verdict From { get; }

    /// <summary>Gets the new policy's decision.</summary>
    public Verdict To { get; }

    /// <summary>Gets the old policy's score.</summary>
    public double ScoreFrom { get; }

    /// <summary>Gets the new policy's score.</summary>
    public double ScoreTo { get; }

    /// <summary>Gets the rules whose finding differs between the two policies for this scenario (fires or not, or its weight).</summary>
    public IReadOnlyList<string> RuleIds { get; }

    /// <summary>
    /// Gets one sentence for operators naming the rules and parameters behind the flip: <c>need-practice no longer
    /// fires: yearsOfExperienceBelow 3 → 2, and this scenario has candidate.yearsOfExperience 2.5.</c>
    /// </summary>
    public string Reason { get; }

    /// <summary>Writes <c>17: accept → decline (1.5 → -0.5): reason</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Scenario}: {ContractNames.Of(From)} → {ContractNames.Of(To)} ({NumberText.Write(ScoreFrom, CultureInfo.InvariantCulture)} → {NumberText.Write(ScoreTo, CultureInfo.InvariantCulture)}): {Reason}";
}
