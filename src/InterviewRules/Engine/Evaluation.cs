namespace InterviewRules.Engine;

/// <summary>
/// What one evaluation found: the aggregator's decision and the score, with the rules that fired in canonical
/// order as the evaluator recorded them (no finding is built yet). The front door wraps it in its own answer type;
/// the engine knows no more than this.
/// </summary>
internal readonly struct Evaluation
{
    internal Evaluation(Verdict decision, double score, string aggregation, double threshold, IFindingSource source, object facts, Fired[] fired, Finding[]? codeFindings, RuleFailure[]? failures)
    {
        Decision = decision;
        Score = score;
        Aggregation = aggregation;
        Threshold = threshold;
        Source = source;
        Facts = facts;
        Fired = fired;
        CodeFindings = codeFindings;
        Failures = failures;
    }

    /// <summary>Gets the aggregator's decision.</summary>
    public Verdict Decision { get; }

    /// <summary>Gets the sum of the weights of what fired (never -0).</summary>
    public double Score { get; }

    /// <summary>Gets the name of the aggregator that decided.</summary>
    public string Aggregation { get; }

    /// <summary>Gets the threshold the aggregator compared the score with.</summary>
    public double Threshold { get; }

    /// <summary>Gets what builds the findings of <see cref="Fired"/>: the evaluator.</summary>
    public IFindingSource Source { get; }

    /// <summary>Gets the facts evaluated, which findings are described from.</summary>
    public object Facts { get; }

    /// <summary>Gets what fired, in canonical order: vetoes first, then by absolute weight descending, then by rule id.</summary>
    public Fired[] Fired { get; }

    /// <summary>Gets the findings returned by rules written in code, which <see cref="Fired"/> refers to by index; <see langword="null"/> when none fired.</summary>
    public Finding[]? CodeFindings { get; }

    /// <summary>Gets the rules that failed, or <see langword="null"/> when every rule ran.</summary>
    public RuleFailure[]? Failures { get; }
}
