using InterviewRules.Engine;

namespace InterviewRules.Article;

/// <summary>How one leaf condition of a declarative rule came out: which fact, which operator, what was expected, what the scenario had, and the result.</summary>
/// <param name="Fact">The fact's path.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Expected">The value the condition compares with (a list for <c>in</c>).</param>
/// <param name="Actual">The scenario's value.</param>
/// <param name="Result">Whether the leaf held.</param>
internal sealed record ConditionResult(string Fact, ConditionOperator Operator, FactValue Expected, FactValue Actual, bool Result);
