namespace InterviewRules.Engine;

/// <summary>
/// A rule that can also say whether it fires, and with what weight, without building a finding: the
/// allocation-free path behind <see cref="Evaluator{TFacts}.Score(TFacts)"/>. Optional: rules without it are scored
/// through <see cref="IRule{TFacts}.Evaluate"/>.
/// </summary>
/// <typeparam name="TFacts">The type of facts the rule reads.</typeparam>
public interface IScoringRule<in TFacts> : IRule<TFacts>
{
    /// <summary>Decides whether the rule fires, exactly as <see cref="IRule{TFacts}.Evaluate"/> would, without allocating.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="weight">The weight the finding would have.</param>
    /// <param name="veto">Whether the finding would veto.</param>
    /// <returns><see langword="true"/> when the rule fires.</returns>
    bool TryScore(TFacts facts, out double weight, out bool veto);
}
