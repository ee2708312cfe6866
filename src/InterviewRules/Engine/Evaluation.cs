namespace InterviewRules.Engine;

/// <summary>
/// What one evaluation found: the aggregator's decision and the score, with the rules that fired in canonical
/// order as the evaluator recorded them (no finding is built yet). The caller wraps it in its own answer type;
/// the engine knows no more than this.
/// </summary>
/// <param name="Decision">The aggregator's decision.</param>
/// <param name="Score">The sum of the weights of what fired (never -0).</param>
/// <param name="Aggregation">The name of the aggregator that decided.</param>
/// <param name="Threshold">The threshold the aggregator compared the score with.</param>
/// <param name="Source">What builds the findings of <paramref name="Fired"/>: the evaluator.</param>
/// <param name="Facts">The facts evaluated, which findings are described from.</param>
/// <param name="Fired">What fired, in canonical order: vetoes first, then by absolute weight descending, then by rule id.</param>
/// <param name="CodeFindings">The findings returned by rules written in code, which <paramref name="Fired"/> refers to by index; <see langword="null"/> when none fired.</param>
/// <param name="Failures">The rules that failed, or <see langword="null"/> when every rule ran.</param>
internal readonly record struct Evaluation(
    Verdict Decision,
    double Score,
    string Aggregation,
    double Threshold,
    IFindingSource Source,
    object Facts,
    Fired[] Fired,
    Finding[]? CodeFindings,
    RuleFailure[]? Failures);
