namespace InterviewRules.Engine;

/// <summary>One fact a rule read, keyed by its path in the facts (<c>person.age</c>), with its value.</summary>
/// <param name="Fact">The fact's path, as the facts' own contract names it.</param>
/// <param name="Value">The value the rule saw.</param>
public readonly record struct Evidence(string Fact, FactValue Value);
