namespace InterviewRules;

/// <summary>One fact a rule read, keyed by its path in the scenario (<c>candidate.yearsOfExperience</c>), with its value.</summary>
/// <param name="Fact">The fact's path, as in the scenario's JSON contract.</param>
/// <param name="Value">The value the rule saw.</param>
public readonly record struct Evidence(string Fact, FactValue Value);
