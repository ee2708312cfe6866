namespace InterviewRules.Engine;

/// <summary>
/// A rule the library evaluates in two steps: <see cref="Decide"/> says whether it fires, with what weight, and
/// records what it saw in a few bits; <see cref="Describe"/> later builds the finding for people from that record.
/// The article's rules and the declarative rules of policies are written this way, so the evaluator can decide
/// without allocating and build texts only when they are read — from one evaluation, never a second.
/// </summary>
/// <typeparam name="TFacts">The type of facts.</typeparam>
internal abstract class PlannedRule<TFacts>
{
    /// <summary>Decides whether the rule fires.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="record">Whether the caller will describe the finding (declarative rules then look at every condition).</param>
    /// <param name="decision">The weight, the veto and the record of what the rule saw.</param>
    /// <returns><see langword="true"/> when the rule fires.</returns>
    public abstract bool Decide(TFacts facts, bool record, out RuleDecision decision);

    /// <summary>Builds the finding of a decision this rule made over these facts; never decides again.</summary>
    /// <param name="facts">The facts it decided on.</param>
    /// <param name="decision">What it decided.</param>
    /// <returns>The finding.</returns>
    public abstract Finding Describe(TFacts facts, in RuleDecision decision);
}

/// <summary>What a planned rule decided: its signed weight, its veto, and a record of what it saw (rule-specific bits).</summary>
internal readonly struct RuleDecision(double weight, bool veto, ulong record = 0)
{
    public readonly double Weight = weight;
    public readonly bool Veto = veto;
    public readonly ulong Record = record;
}

/// <summary>A public rule object whose logic is a <see cref="PlannedRule{TFacts}"/>: the evaluator calls the plan directly.</summary>
/// <typeparam name="TFacts">The type of facts.</typeparam>
internal interface IPlanned<TFacts>
{
    PlannedRule<TFacts> Plan { get; }
}
