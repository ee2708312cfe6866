using System;

namespace InterviewRules.Engine;

/// <summary>
/// A rule that decides first (whether it fires, with what weight, recording what it saw in a few bits, without
/// allocating) and describes its finding later from that record: the evaluator keeps the record and builds findings
/// only when they are read, from the one evaluation, never a second.
/// </summary>
/// <typeparam name="TFacts">The type of facts.</typeparam>
internal abstract class PlannedRule<TFacts> : IRule<TFacts>
{

    /// <inheritdoc />
    public abstract RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    public Finding? Evaluate(TFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Decide(facts, record: true, out var decision) ? Describe(facts, decision) : null;
    }

    /// <summary>Decides whether the rule fires.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="record">Whether the caller will describe the finding (a rule may then note more of what it saw).</param>
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
