namespace InterviewRules.PolicyLoop;

/// <summary>A side coverage does not count: a disabled rule, or a side no scenario can reach (networking never stays silent).</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Parameter">The threshold's parameter, or <see langword="null"/> for the rule's firing.</param>
/// <param name="Value">The threshold, or <see langword="null"/> for the rule's firing.</param>
/// <param name="Side"><c>fires</c>, <c>notFires</c>, <c>below</c>, <c>above</c>, or <c>disabled</c> for a disabled rule.</param>
/// <param name="Reason">Why, in a sentence for operators.</param>
public sealed record UncountedSide(string RuleId, string? Parameter, double? Value, string Side, string Reason);
