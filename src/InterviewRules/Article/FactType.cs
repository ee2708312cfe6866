namespace InterviewRules.Article;

/// <summary>The type of a scenario fact, which decides the operators a condition may apply to it.</summary>
internal enum FactType
{
    /// <summary>A number: <c>equals</c>, <c>notEquals</c>, <c>lessThan</c>, <c>lessThanOrEqual</c>, <c>greaterThan</c>, <c>greaterThanOrEqual</c>.</summary>
    Number,

    /// <summary>A boolean: <c>equals</c>, <c>notEquals</c>.</summary>
    Boolean,

    /// <summary>A text, possibly from a closed set of names: <c>equals</c>, <c>notEquals</c>, <c>in</c>.</summary>
    Text,

    /// <summary>A list of names (concerns, red flags): <c>contains</c>.</summary>
    List,
}
