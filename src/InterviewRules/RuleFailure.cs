using System;

namespace InterviewRules;

/// <summary>
/// A rule that failed with an exception while evaluating a scenario: a system fault, not a business outcome.
/// A recommendation that carries failures says so (<see cref="Recommendation.IsComplete"/> is false) instead of
/// silently lacking the rule.
/// </summary>
public sealed class RuleFailure
{
    internal RuleFailure(string ruleId, Exception exception)
    {
        RuleId = ruleId;
        Exception = exception;
    }

    /// <summary>Gets the id of the rule that failed.</summary>
    public string RuleId { get; }

    /// <summary>Gets the exception the rule threw.</summary>
    public Exception Exception { get; }

    /// <summary>Gets the exception's type name, for logs and JSON.</summary>
    public string Error => Exception.GetType().Name;

    /// <summary>Gets the exception's message.</summary>
    public string Message => Exception.Message;

    /// <inheritdoc />
    public override string ToString() => $"rule {RuleId} failed: {Error}: {Message}";
}
