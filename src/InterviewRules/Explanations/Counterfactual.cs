using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Explanations;

/// <summary>
/// A change to the scenario that would flip the decision, in either direction: the edits, whether the candidate can
/// make them (a step) or they would have to happen (a circumstance), their total cost, and what the advisor would
/// then say.
/// </summary>
public sealed class Counterfactual
{
    private readonly ReadOnlyArray<ScenarioEdit> _edits;
    private readonly bool _vetoed;

    internal Counterfactual(ReadOnlyArray<ScenarioEdit> edits, int cost, Verdict decision, double score, bool vetoed, IReadOnlyList<string> changedRuleIds, InterviewScenario scenario)
    {
        _edits = edits;
        _vetoed = vetoed;
        var ids = new string[edits.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = edits[i].Id;
        }

        Edits = ReadOnlyArray<string>.Own(ids);
        IsStep = true;
        for (var i = 0; i < edits.Count; i++)
        {
            IsStep &= edits[i].IsStep;
        }

        Cost = cost;
        Decision = decision;
        Score = score;
        ChangedRuleIds = changedRuleIds;
        Scenario = scenario;
    }

    /// <summary>Gets the ids of the edits, one or two (<c>video</c>, <c>drop:tooBusy</c>), as the JSON contract names them.</summary>
    public IReadOnlyList<string> Edits { get; }

    /// <summary>
    /// Gets whether every edit is something the candidate can do about this interview (ask for a video call, shorten
    /// the trip, check a rumour, set aside a concern the article rebuts): JSON <c>"kind": "step"</c>. Otherwise a
    /// circumstance would have to change (a red flag turning up, starting to look): <c>"circumstance"</c>, never
    /// phrased as advice.
    /// </summary>
    public bool IsStep { get; }

    /// <summary>Gets the sum of the edits' costs.</summary>
    public int Cost { get; }

    /// <summary>Gets the decision after the edits, the opposite of the original: <see cref="Verdict.Accept"/> for JSON <c>"direction": "toAccept"</c>, <see cref="Verdict.Decline"/> for <c>"toDecline"</c>.</summary>
    public Verdict Decision { get; }

    /// <summary>Gets the score after the edits.</summary>
    public double Score { get; }

    /// <summary>Gets the rules whose finding appeared, disappeared or changed weight, in ordinal order.</summary>
    public IReadOnlyList<string> ChangedRuleIds { get; }

    /// <summary>Gets the edited scenario.</summary>
    public InterviewScenario Scenario { get; }

    /// <summary>Says it in one sentence that tells a step from a circumstance: "Something you can do: if you asked for a video call instead and they agreed, the advice would be to take it (score +1.5)."</summary>
    /// <param name="culture">The language (see <see cref="Languages"/>); English for <see langword="null"/>.</param>
    /// <returns>The sentence.</returns>
    public string GetText(CultureInfo? culture)
    {
        var conditions = _edits.Count == 1 ? _edits[0].GetPhrase(culture) : ScenarioEdit.GetPhrase(_edits[0], _edits[1], culture);
        var advice = Texts.Get(Decision == Verdict.Accept ? "counterfactual.take" : "counterfactual.decline", culture);
        // A veto decides whatever the score: say so, or "decline it (score +4)" reads as a contradiction.
        var score = Texts.Format(_vetoed ? "counterfactual.vetoScore" : "counterfactual.score", culture, WeightText.SignedFor(Score, culture));
        return Texts.Format(IsStep ? "counterfactual.step" : "counterfactual.circumstance", culture, conditions, advice, score);
    }

    /// <inheritdoc />
    public override string ToString() => GetText(null);
}
