using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Explanations;

/// <summary>A change to the scenario that would flip the decision: the edits, their total cost, and what the advisor would then say.</summary>
public sealed class Counterfactual
{
    private readonly ReadOnlyArray<ScenarioEdit> _edits;

    internal Counterfactual(ReadOnlyArray<ScenarioEdit> edits, int cost, Verdict decision, double score, IReadOnlyList<string> changedRuleIds, InterviewScenario scenario)
    {
        _edits = edits;
        var ids = new string[edits.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = edits[i].Id;
        }

        Edits = ReadOnlyArray<string>.Own(ids);
        Cost = cost;
        Decision = decision;
        Score = score;
        ChangedRuleIds = changedRuleIds;
        Scenario = scenario;
    }

    /// <summary>Gets the ids of the edits, one or two (<c>video</c>, <c>drop:tooBusy</c>), as the JSON contract names them.</summary>
    public IReadOnlyList<string> Edits { get; }

    /// <summary>Gets the sum of the edits' costs.</summary>
    public int Cost { get; }

    /// <summary>Gets the decision after the edits (the opposite of the original).</summary>
    public Verdict Decision { get; }

    /// <summary>Gets the score after the edits.</summary>
    public double Score { get; }

    /// <summary>Gets the rules whose finding appeared, disappeared or changed weight, in ordinal order.</summary>
    public IReadOnlyList<string> ChangedRuleIds { get; }

    /// <summary>Gets the edited scenario.</summary>
    public InterviewScenario Scenario { get; }

    /// <summary>Says it in one sentence: "If this were a video interview, the advice would be to take it (score +1.5)."</summary>
    /// <param name="culture">The language (see <see cref="Languages"/>); English for <see langword="null"/>.</param>
    /// <returns>The sentence.</returns>
    public string GetText(CultureInfo? culture)
    {
        var conditions = _edits.Count == 1 ? _edits[0].GetPhrase(culture) : Texts.Format("counterfactual.and", culture, _edits[0].GetPhrase(culture), _edits[1].GetPhrase(culture));
        var advice = Texts.Get(Decision == Verdict.Accept ? "counterfactual.take" : "counterfactual.decline", culture);
        return Texts.Format("counterfactual.sentence", culture, conditions, advice, WeightText.SignedFor(Score, culture));
    }

    /// <inheritdoc />
    public override string ToString() => GetText(null);
}
