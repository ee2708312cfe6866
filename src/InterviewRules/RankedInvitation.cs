using InterviewRules.Engine;

namespace InterviewRules;

/// <summary>One interview invitation in a ranking: where it stood in the input, the scenario, and its decision and score.</summary>
/// <param name="Index">The invitation's position in the input, from 0.</param>
/// <param name="Scenario">The invitation's scenario.</param>
/// <param name="Result">Its decision, score and whether a rule vetoed it.</param>
public sealed record RankedInvitation(int Index, InterviewScenario Scenario, ScoreResult Result);
