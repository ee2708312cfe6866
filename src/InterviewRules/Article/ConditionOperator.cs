namespace InterviewRules.Article;

/// <summary>The closed set of operators a declarative condition may use. JSON names are in the comments.</summary>
internal enum ConditionOperator
{
    /// <summary><c>equals</c>: number, boolean or text equal to the value.</summary>
    EqualTo,

    /// <summary><c>notEquals</c>: number, boolean or text different from the value.</summary>
    NotEqualTo,

    /// <summary><c>lessThan</c>: number below the value.</summary>
    LessThan,

    /// <summary><c>lessThanOrEqual</c>: number at most the value.</summary>
    LessThanOrEqual,

    /// <summary><c>greaterThan</c>: number above the value.</summary>
    GreaterThan,

    /// <summary><c>greaterThanOrEqual</c>: number at least the value.</summary>
    GreaterThanOrEqual,

    /// <summary><c>in</c>: text equal to one of the values (an array of texts).</summary>
    In,

    /// <summary><c>contains</c>: list (concerns, red flags) containing the value.</summary>
    Contains,
}
