using System;

namespace InterviewRules.Engine;

/// <summary>
/// A rule that failed while evaluating (it threw, or gave a weight that is not a finite number of magnitude at most
/// 1,000,000): a system fault, not a business outcome. An answer that carries failures says it is incomplete
/// instead of silently lacking the rule.
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
