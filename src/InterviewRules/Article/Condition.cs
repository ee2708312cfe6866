using System;
using System.Collections.Generic;
using System.Text.Json;
using InterviewRules.Engine;

namespace InterviewRules.Article;

/// <summary>
/// A condition of a declarative rule: <see cref="All"/>, <see cref="Any"/> and <see cref="Not"/> over leaf
/// conditions that compare one registered fact with a value. Interpreted, never compiled: a condition can only
/// read the facts of <see cref="FactDefinition.All"/> with the operators of <see cref="ConditionOperator"/>.
/// </summary>
internal abstract class Condition
{
    /// <summary>The deepest a condition tree may nest.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most nodes a condition tree may have.</summary>
    public const int MaxNodes = 1000;

    private protected Condition(int depth, int nodes)
    {
        Depth = depth;
        Nodes = nodes;
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"The condition is {depth} levels deep; it may be at most {MaxDepth}.");
        }

        if (nodes > MaxNodes)
        {
            throw new ArgumentException($"The condition has {nodes} nodes; it may have at most {MaxNodes}.");
        }
    }

    /// <summary>Gets how deep the tree nests (a leaf is 1).</summary>
    public int Depth { get; }

    /// <summary>Gets how many nodes the tree has.</summary>
    public int Nodes { get; }

    /// <summary>Gets the condition that always holds (a rule that fires in every scenario, a weight that always counts).</summary>
    public static Condition Always { get; } = new Constant();

    /// <summary>Holds when every part holds.</summary>
    /// <param name="conditions">The parts, at least one.</param>
    /// <returns>The condition.</returns>
    public static Condition All(params Condition[] conditions) => new Group(true, Check(conditions));

    /// <summary>Holds when at least one part holds.</summary>
    /// <param name="conditions">The parts, at least one.</param>
    /// <returns>The condition.</returns>
    public static Condition Any(params Condition[] conditions) => new Group(false, Check(conditions));

    /// <summary>Holds when the part does not.</summary>
    /// <param name="condition">The part.</param>
    /// <returns>The condition.</returns>
    public static Condition Not(Condition condition) => new Negation(condition ?? throw new ArgumentNullException(nameof(condition)));

    /// <summary>Compares one fact with a value.</summary>
    /// <param name="fact">The fact's path, from <see cref="FactDefinition.All"/>.</param>
    /// <param name="op">An operator valid for the fact's type.</param>
    /// <param name="value">The value: a number, boolean or text of the fact's type; for <c>in</c>, a list of texts; for <c>contains</c>, one text.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">The fact is unknown, or the operator or value does not fit it.</exception>
    public static Condition Fact(string fact, ConditionOperator op, FactValue value)
    {
        var definition = FactDefinition.Find(fact) ?? throw new ArgumentException($"There is no fact \"{fact}\"; the facts are {FactDefinition.Paths()}.", nameof(fact));
        var problem = Leaf.Problem(definition, op, value);
        return problem is null ? new Leaf(definition, op, value) : throw new ArgumentException($"{fact}: {problem}", nameof(value));
    }

    /// <summary>
    /// Compares one fact of the table with a value: the form the article's own rules are written in. The value must fit
    /// the fact (as in <see cref="Fact(string, ConditionOperator, FactValue)"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The operator or value does not fit the fact.</exception>
    public static Condition Fact(FactDefinition fact, ConditionOperator op, FactValue value)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var problem = Leaf.Problem(fact, op, value);
        return problem is null ? new Leaf(fact, op, value) : throw new ArgumentException($"{fact.Path}: {problem}", nameof(value));
    }

    /// <summary>Compares a number fact with a number.</summary>
    public static Condition Fact(FactDefinition fact, ConditionOperator op, double value) => Fact(fact, op, FactValue.FromNumber(value));

    /// <summary>Holds when a list fact contains the name.</summary>
    public static Condition Contains(FactDefinition list, string name) => Fact(list, ConditionOperator.Contains, FactValue.FromText(name));

    /// <summary>Holds when a list fact contains at least one of the names.</summary>
    public static Condition ContainsAny(FactDefinition list, IReadOnlyList<string> names)
    {
        var parts = new Condition[names.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Contains(list, names[i]);
        }

        return parts.Length == 1 ? parts[0] : Any(parts);
    }

    /// <summary>Appends this subtree to a <see cref="ConditionProgram"/> being laid out, in pre-order.</summary>
    internal abstract void Flatten(List<ConditionProgram.Node> nodes, List<ConditionProgram.Leaf> leaves);

    internal abstract void WriteCanonical(Utf8JsonWriter json);

    internal abstract void CollectFacts(List<string> facts);

    private static Condition[] Check(Condition[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        if (conditions.Length == 0)
        {
            throw new ArgumentException("A group needs at least one condition.", nameof(conditions));
        }

        foreach (var condition in conditions)
        {
            ArgumentNullException.ThrowIfNull(condition, nameof(conditions));
        }

        return (Condition[])conditions.Clone();
    }

    private static int MaxChildDepth(Condition[] parts)
    {
        var depth = 0;
        foreach (var part in parts)
        {
            depth = Math.Max(depth, part.Depth);
        }

        return depth;
    }

    private static int SumNodes(Condition[] parts)
    {
        var nodes = 0;
        foreach (var part in parts)
        {
            nodes += part.Nodes;
        }

        return nodes;
    }

    private sealed class Constant() : Condition(1, 1)
    {
        internal override void Flatten(List<ConditionProgram.Node> nodes, List<ConditionProgram.Leaf> leaves) =>
            nodes.Add(new ConditionProgram.Node(ConditionProgram.NodeKind.True, nodes.Count + 1, -1));

        internal override void WriteCanonical(Utf8JsonWriter json) => json.WriteBooleanValue(true);

        internal override void CollectFacts(List<string> facts)
        {
        }
    }

    private sealed class Group(bool all, Condition[] parts) : Condition(MaxChildDepth(parts) + 1, SumNodes(parts) + 1)
    {
        internal override void Flatten(List<ConditionProgram.Node> nodes, List<ConditionProgram.Leaf> leaves)
        {
            var index = nodes.Count;
            nodes.Add(default);
            foreach (var part in parts)
            {
                part.Flatten(nodes, leaves);
            }

            nodes[index] = new ConditionProgram.Node(all ? ConditionProgram.NodeKind.All : ConditionProgram.NodeKind.Any, nodes.Count, -1);
        }

        internal override void WriteCanonical(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteStartArray(all ? "all" : "any");
            foreach (var part in parts)
            {
                part.WriteCanonical(json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        internal override void CollectFacts(List<string> facts)
        {
            foreach (var part in parts)
            {
                part.CollectFacts(facts);
            }
        }
    }

    private sealed class Negation(Condition part) : Condition(part.Depth + 1, part.Nodes + 1)
    {
        internal override void Flatten(List<ConditionProgram.Node> nodes, List<ConditionProgram.Leaf> leaves)
        {
            var index = nodes.Count;
            nodes.Add(default);
            part.Flatten(nodes, leaves);
            nodes[index] = new ConditionProgram.Node(ConditionProgram.NodeKind.Not, nodes.Count, -1);
        }

        internal override void WriteCanonical(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WritePropertyName("not");
            part.WriteCanonical(json);
            json.WriteEndObject();
        }

        internal override void CollectFacts(List<string> facts) => part.CollectFacts(facts);
    }

    private sealed class Leaf(FactDefinition fact, ConditionOperator op, FactValue value) : Condition(1, 1)
    {
        public static string? Problem(FactDefinition fact, ConditionOperator op, FactValue value)
        {
            var operators = FactOperators.Of(fact);
            var valid = false;
            foreach (var candidate in operators)
            {
                valid |= candidate == op;
            }

            if (!valid)
            {
                var names = new List<string>();
                foreach (var candidate in operators)
                {
                    names.Add(ContractNames.Of(candidate));
                }

                return $"the operator {(Enum.IsDefined(op) ? ContractNames.Of(op) : op.ToString())} does not apply to a {fact.Type.ToString().ToLowerInvariant()} fact; use one of {string.Join(", ", names)}.";
            }

            var expected = fact.Type switch
            {
                FactType.Number => FactValueKind.Number,
                FactType.Boolean => FactValueKind.Boolean,
                FactType.Text when op == ConditionOperator.In => FactValueKind.List,
                _ => FactValueKind.Text,
            };
            if (value.Kind != expected || (expected == FactValueKind.Text && value.Text is null))
            {
                return $"the value must be {Describe(expected)} for {ContractNames.Of(op)} on this fact.";
            }

            if (fact.AllowedValues.Count > 0)
            {
                foreach (var item in expected == FactValueKind.List ? value.Items : [value.Text!])
                {
                    if (ContractNames.IndexOf(fact.AllowedValues, item) < 0)
                    {
                        return $"\"{item}\" is not a value of {fact.Path}; it must be one of {string.Join(", ", fact.AllowedValues)}.";
                    }
                }
            }

            return null;
        }

        internal override void Flatten(List<ConditionProgram.Node> nodes, List<ConditionProgram.Leaf> leaves)
        {
            nodes.Add(new ConditionProgram.Node(ConditionProgram.NodeKind.Leaf, nodes.Count + 1, leaves.Count));
            leaves.Add(new ConditionProgram.Leaf(fact, op, value));
        }

        internal override void WriteCanonical(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("fact", fact.Path);
            json.WriteString("op", ContractNames.Of(op));
            json.WritePropertyName("value");
            value.WriteTo(json);
            json.WriteEndObject();
        }

        internal override void CollectFacts(List<string> facts)
        {
            if (!facts.Contains(fact.Path))
            {
                facts.Add(fact.Path);
            }
        }


        private static string Describe(FactValueKind kind) => kind switch
        {
            FactValueKind.Number => "a number",
            FactValueKind.Boolean => "true or false",
            FactValueKind.List => "an array of texts",
            _ => "a text",
        };
    }
}
