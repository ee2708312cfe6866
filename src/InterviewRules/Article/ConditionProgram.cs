using System;
using System.Collections.Generic;
using InterviewRules.Engine;

namespace InterviewRules.Article;

/// <summary>
/// A condition tree checked once and laid out flat for evaluation: nodes in pre-order, each knowing where its
/// subtree ends, leaves holding their operand in the form the fact is compared in (a number, an enum position, a
/// concern or red-flag bit, a text). Evaluating reads the scenario's fields directly: no delegate, no allocation, no
/// virtual call. It is interpreted data — nothing is compiled to code.
/// </summary>
internal sealed class ConditionProgram
{
    private readonly Node[] _nodes;
    private readonly Leaf[] _leaves;

    private ConditionProgram(Node[] nodes, Leaf[] leaves)
    {
        _nodes = nodes;
        _leaves = leaves;
    }

    /// <summary>Gets the nodes in pre-order.</summary>
    internal ReadOnlySpan<Node> Nodes => _nodes;

    /// <summary>Gets the leaves in pre-order.</summary>
    internal ReadOnlySpan<Leaf> Leaves => _leaves;

    /// <summary>Lays out a condition tree.</summary>
    public static ConditionProgram Compile(Condition condition)
    {
        var nodes = new List<Node>();
        var leaves = new List<Leaf>();
        condition.Flatten(nodes, leaves);
        return new ConditionProgram([.. nodes], [.. leaves]);
    }

    /// <summary>Evaluates the tree; groups stop at the first part that settles them.</summary>
    public bool Evaluate(InterviewScenario scenario) => Evaluate(0, new ScenarioFacts(scenario));

    /// <summary>Evaluates the tree over any reader of facts (a scenario, or a completion of a partial one).</summary>
    public bool Evaluate<TFacts>(in TFacts facts)
        where TFacts : struct, IFactReader => Evaluate(0, facts);

    /// <summary>
    /// Lists each leaf for a finding, in pre-order: the fact, the operator, the expected value, the value the scenario
    /// holds, and whether the leaf holds (every leaf, including those a short-circuit skipped when deciding).
    /// </summary>
    public ConditionResult[] Results(InterviewScenario scenario)
    {
        var results = new ConditionResult[_leaves.Length];
        for (var i = 0; i < results.Length; i++)
        {
            ref readonly var leaf = ref _leaves[i];
            results[i] = new ConditionResult(leaf.Fact.Path, leaf.Operator, leaf.Value, leaf.Fact.Read(scenario), Holds(leaf, new ScenarioFacts(scenario)));
        }

        return results;
    }

    private bool Evaluate<TFacts>(int index, in TFacts scenario)
        where TFacts : struct, IFactReader
    {
        var node = _nodes[index];
        switch (node.Kind)
        {
            case NodeKind.True:
                return true;

            case NodeKind.Leaf:
                return Holds(_leaves[node.Leaf], scenario);

            case NodeKind.Not:
                return !Evaluate(index + 1, scenario);

            default:
                var all = node.Kind == NodeKind.All;
                for (var child = index + 1; child < node.End; child = _nodes[child].End)
                {
                    if (Evaluate(child, scenario) != all)
                    {
                        return !all;
                    }
                }

                return all;
        }
    }

    internal static bool Holds<TFacts>(in Leaf leaf, in TFacts s)
        where TFacts : struct, IFactReader
    {
        switch (leaf.Read)
        {
            case Read.Interval:
                // Every comparison is a closed interval, negated for notEquals: no branch on the operator.
                var n = s.Number(leaf.Fact);
                return ((n >= leaf.Low) & (n <= leaf.High)) != leaf.Negate;

            case Read.Bits:
                // Equals, notEquals, in and contains are all a test of the fact's bits against the operand's.
                return (s.Bits(leaf.Fact) & leaf.Mask) != 0;

            default:
                // A free text (industry): compared as text; an absent one equals nothing and is in nothing.
                var text = s.Text(leaf.Fact);
                return leaf.Operator switch
                {
                    ConditionOperator.EqualTo => string.Equals(text, leaf.Value.Text, StringComparison.Ordinal),
                    ConditionOperator.NotEqualTo => !string.Equals(text, leaf.Value.Text, StringComparison.Ordinal),
                    _ => text is not null && Contains(leaf.Value.Items, text),
                };
        }
    }

    private static bool Contains(IReadOnlyList<string> items, string item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i], item, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a condition reads facts from: a scenario, or the assessor's completion of a partial one.</summary>
    internal interface IFactReader
    {
        /// <summary>Reads a number fact.</summary>
        double Number(FactDefinition fact);

        /// <summary>Reads a boolean, choice or list fact as bits (<see cref="FactDefinition.ReadBits"/>).</summary>
        ulong Bits(FactDefinition fact);

        /// <summary>Reads a free text.</summary>
        string? Text(FactDefinition fact);
    }

    /// <summary>Reads the facts of a scenario through the fact table's readers.</summary>
    internal readonly struct ScenarioFacts(InterviewScenario scenario) : IFactReader
    {
        public double Number(FactDefinition fact) => fact.ReadNumber!(scenario);

        public ulong Bits(FactDefinition fact) => fact.ReadBits!(scenario);

        public string? Text(FactDefinition fact) => fact.ReadText!(scenario);
    }

    internal enum NodeKind : byte
    {
        True,
        Leaf,
        Not,
        All,
        Any,
    }

    internal enum Read : byte
    {
        Interval,
        Bits,
        Text,
    }

    /// <summary>One node: its kind, the index after its subtree, and for a leaf its place in the leaf table.</summary>
    internal readonly record struct Node(NodeKind Kind, int End, int Leaf);

    /// <summary>A leaf, checked and pre-digested: how to read the fact, the operator, and the operand in that form.</summary>
    internal readonly struct Leaf
    {
        public Leaf(FactDefinition fact, ConditionOperator op, FactValue value)
        {
            Fact = fact;
            Operator = op;
            Value = value;
            Read = fact.ReadNumber is not null ? Read.Interval : fact.ReadBits is not null ? Read.Bits : Read.Text;
            if (Read == Read.Interval)
            {
                // A strict bound is the nearest double on its inner side: for finite numbers x < b exactly when x <= b⁻.
                var x = value.Number;
                (Low, High, Negate) = op switch
                {
                    ConditionOperator.EqualTo => (x, x, false),
                    ConditionOperator.NotEqualTo => (x, x, true),
                    ConditionOperator.LessThan => (double.NegativeInfinity, Math.BitDecrement(x), false),
                    ConditionOperator.LessThanOrEqual => (double.NegativeInfinity, x, false),
                    ConditionOperator.GreaterThan => (Math.BitIncrement(x), double.PositiveInfinity, false),
                    _ => (x, double.PositiveInfinity, false),
                };
            }
            else if (Read == Read.Bits)
            {
                ulong mask = 0;
                if (fact.Type == FactType.Boolean)
                {
                    mask = value.Boolean ? 2UL : 1UL;
                }
                else
                {
                    foreach (var name in op == ConditionOperator.In ? value.Items : [value.Text!])
                    {
                        mask |= 1UL << PositionOf(fact, name);
                    }
                }

                // notEquals holds for every other value: the complement among the fact's possible bits.
                var all = fact.Type == FactType.Boolean ? 3UL : (1UL << fact.AllowedValues.Count) - 1;
                Mask = op == ConditionOperator.NotEqualTo ? all & ~mask : mask;
            }
        }

        public FactDefinition Fact { get; }

        public ConditionOperator Operator { get; }

        public FactValue Value { get; }

        public Read Read { get; }

        public double Low { get; }

        public double High { get; }

        public bool Negate { get; }

        public ulong Mask { get; }

        private static int PositionOf(FactDefinition fact, string name)
        {
            for (var i = 0; i < fact.AllowedValues.Count; i++)
            {
                if (string.Equals(fact.AllowedValues[i], name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            throw new ArgumentException($"\"{name}\" is not a value of {fact.Path}.", nameof(name));
        }
    }
}
