using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules;

/// <summary>One interview invitation in a ranking: where it stood in the input, the scenario, and its decision and score.</summary>
/// <param name="Index">The invitation's position in the input, from 0.</param>
/// <param name="Scenario">The invitation's scenario.</param>
/// <param name="Result">Its decision, score and whether a rule vetoed it.</param>
public sealed record RankedInvitation(int Index, InterviewScenario Scenario, ScoreResult Result)
{
    /// <summary>Says it in one line: <c>invitation [2]: accept, score +3</c>, with <c>, vetoed</c> when a rule vetoed it.</summary>
    /// <param name="culture">The language (see <see cref="Languages"/>); English for <see langword="null"/>.</param>
    /// <returns>The line, without a line break.</returns>
    public string GetText(CultureInfo? culture) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Texts.Get("invitation", culture)} [{Index}]: {Texts.Get(Result.Decision == Verdict.Accept ? "decision.accept" : "decision.decline", culture)}, {Texts.Get("score", culture)} {WeightText.SignedFor(Result.Score, culture)}{(Result.IsVetoed ? ", " + Texts.Get("vetoed", culture) : string.Empty)}");

    /// <inheritdoc />
    public override string ToString() => GetText(null);
}
