namespace InterviewRules.Engine;

/// <summary>What an aggregator decided from a scenario's findings.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="Score">The score: the sum of the findings' weights.</param>
public readonly record struct AggregateResult(Verdict Decision, double Score);
