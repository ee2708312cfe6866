using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Localization;

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
    /// <param name="culture">The language (see <see cref="Languages"/>); English for <see langword="null"/>.</param>
    /// <returns>The sentence.</returns>
    public string Describe(CultureInfo? culture = null)
    {
        var conditions = Edits.Count == 1 ? Edits[0].GetPhrase(culture) : Texts.Format("counterfactual.and", culture, Edits[0].GetPhrase(culture), Edits[1].GetPhrase(culture));
        var advice = Texts.Get(Decision == Verdict.Accept ? "counterfactual.take" : "counterfactual.decline", culture);
        return Texts.Format("counterfactual.sentence", culture, conditions, advice, WeightText.SignedFor(Score, culture));
    }

    /// <inheritdoc />
    public override string ToString() => Describe();
}
