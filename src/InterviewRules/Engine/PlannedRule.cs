using System;

namespace InterviewRules.Engine;

/// <summary>
/// The shape of the library's own rules (a rule pack's, and rules made from data): a rule
/// that first decides (whether it fires, with what weight, recording what it saw in a few bits, without
/// allocating) and later describes its finding from that record. The evaluator keeps the record and builds
/// findings only when they are read, from the one evaluation, never a second. It cannot be derived outside the
/// library; rules of your own implement <see cref="IRule{TFacts}"/>.
/// </summary>
/// <typeparam name="TFacts">The type of facts.</typeparam>
public abstract class PlannedRule<TFacts> : IRule<TFacts>
{
    internal PlannedRule()
    {
    }

    /// <inheritdoc />
    public abstract RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    public Finding? Evaluate(TFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Decide(facts, record: true, out var decision) ? Describe(facts, decision) : null;
    }

    /// <summary>
    /// Gets the numbers every weight this rule gives is made of (each weight is one of them, a sum or difference of
    /// them, or a small whole multiple of one), or <see langword="null"/> when that is not known. A plan whose weights
    /// are all exact in binary may add them in any order.
    /// </summary>
    internal virtual double[]? Weights => null;

    /// <summary>Decides whether the rule fires.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="record">Whether the caller will describe the finding (a rule may then note more of what it saw).</param>
    /// <param name="decision">The weight, the veto and the record of what the rule saw.</param>
    /// <returns><see langword="true"/> when the rule fires.</returns>
    internal abstract bool Decide(TFacts facts, bool record, out RuleDecision decision);

    /// <summary>Builds the finding of a decision this rule made over these facts; never decides again.</summary>
    /// <param name="facts">The facts it decided on.</param>
    /// <param name="decision">What it decided.</param>
    /// <returns>The finding.</returns>
    internal abstract Finding Describe(TFacts facts, in RuleDecision decision);
}

/// <summary>What a planned rule decided: its signed weight, its veto, and a record of what it saw (rule-specific bits).</summary>
internal readonly struct RuleDecision(double weight, bool veto, ulong record = 0)
{
    public readonly double Weight = weight;
    public readonly bool Veto = veto;
    public readonly ulong Record = record;
}
