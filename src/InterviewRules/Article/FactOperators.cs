using System.Collections.Generic;
using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules.Article;

/// <summary>Which condition operators a policy may apply to each scenario fact, by the fact's type.</summary>
internal static class FactOperators
{
    private static readonly ReadOnlyArray<ConditionOperator> NumberOperators = ReadOnlyArray<ConditionOperator>.Own([ConditionOperator.EqualTo, ConditionOperator.NotEqualTo, ConditionOperator.LessThan, ConditionOperator.LessThanOrEqual, ConditionOperator.GreaterThan, ConditionOperator.GreaterThanOrEqual]);
    private static readonly ReadOnlyArray<ConditionOperator> BooleanOperators = ReadOnlyArray<ConditionOperator>.Own([ConditionOperator.EqualTo, ConditionOperator.NotEqualTo]);
    private static readonly ReadOnlyArray<ConditionOperator> TextOperators = ReadOnlyArray<ConditionOperator>.Own([ConditionOperator.EqualTo, ConditionOperator.NotEqualTo, ConditionOperator.In]);
    private static readonly ReadOnlyArray<ConditionOperator> ListOperators = ReadOnlyArray<ConditionOperator>.Own([ConditionOperator.Contains]);

    /// <summary>Gets the operators valid for a fact's type. Read-only.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The operators.</returns>
    public static IReadOnlyList<ConditionOperator> Of(FactDefinition fact) => fact.Type switch
    {
        FactType.Number => NumberOperators,
        FactType.Boolean => BooleanOperators,
        FactType.Text => TextOperators,
        _ => ListOperators,
    };
}
