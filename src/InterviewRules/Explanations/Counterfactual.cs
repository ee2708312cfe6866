using System.Collections.Generic;

namespace InterviewRules.Explanations;

/// <summary>A change to the scenario that would flip the decision: the edits, their total cost, and what the advisor would then say.</summary>
/// <param name="Edits">The edits, one or two.</param>
/// <param name="Cost">The sum of the edits' costs.</param>
/// <param name="Decision">The decision after the edits (the opposite of the original).</param>
/// <param name="Score">The score after the edits.</param>
/// <param name="ChangedRuleIds">The rules whose finding appeared, disappeared or changed weight, in ordinal order.</param>
/// <param name="Scenario">The edited scenario.</param>
public sealed record Counterfactual(IReadOnlyList<ScenarioEdit> Edits, int Cost, Verdict Decision, double Score, IReadOnlyList<string> ChangedRuleIds, InterviewScenario Scenario)
{
    /// <summary>Says it in one sentence: "If this were a video interview, the advice would be to take it (score +1.5)."</summary>
    /// <returns>The sentence.</returns>
    public string Describe()
    {
        var conditions = Edits.Count == 1 ? Edits[0].Phrase : $"{Edits[0].Phrase} and {Edits[1].Phrase}";
        var advice = Decision == Verdict.Accept ? "to take it" : "to decline it";
        return $"If {conditions}, the advice would be {advice} (score {WeightText.Signed(Score)}).";
    }

    /// <inheritdoc />
    public override string ToString() => Describe();
}
