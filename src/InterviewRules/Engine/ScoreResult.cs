namespace InterviewRules.Engine;

/// <summary>A decision and score without the explanation: what <see cref="Evaluator{TFacts}.Score(TFacts)"/> returns, allocation-free.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="Score">The score: the sum of the weights of the rules that fired.</param>
/// <param name="IsVetoed">Whether a rule vetoed.</param>
/// <param name="IsComplete">Whether every rule ran; <see langword="false"/> when a rule threw (see <see cref="Evaluator{TFacts}.FailFast"/>).</param>
public readonly record struct ScoreResult(Verdict Decision, double Score, bool IsVetoed, bool IsComplete = true);
