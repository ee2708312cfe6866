using System;

namespace InterviewRules.Engine;

/// <summary>Thrown by an evaluator in fail-fast mode when a rule throws; the rule's exception is the inner exception.</summary>
public sealed class RuleEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleId">The id of the rule that failed.</param>
    /// <param name="innerException">What the rule threw.</param>
    public RuleEvaluationException(string ruleId, Exception innerException)
        : base($"Rule \"{ruleId}\" failed while evaluating: {innerException?.GetType().Name}: {innerException?.Message}", innerException)
    {
        RuleId = ruleId;
    }

    /// <summary>Gets the id of the rule that failed.</summary>
    public string RuleId { get; }
}
