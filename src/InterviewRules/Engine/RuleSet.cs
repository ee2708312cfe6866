using System;
using System.Collections;
using System.Collections.Generic;

namespace InterviewRules.Engine;

/// <summary>
/// An immutable, ordered set of rules with unique ids. Build one with <see cref="CreateBuilder"/> or
/// <see cref="Create(IRule{TFacts}[])"/>; derive variants with <see cref="Without"/> and <see cref="Replace"/>.
/// </summary>
/// <typeparam name="TFacts">The type of facts the rules read.</typeparam>
public sealed class RuleSet<TFacts> : IReadOnlyList<IRule<TFacts>>
{
    private readonly IRule<TFacts>[] _rules;

    internal RuleSet(IRule<TFacts>[] rules)
    {
        _rules = rules;
    }

    /// <summary>Gets an empty rule set.</summary>
    public static RuleSet<TFacts> Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _rules.Length;

    /// <inheritdoc />
    public IRule<TFacts> this[int index] => _rules[index];

    /// <summary>Starts a builder, used once.</summary>
    /// <returns>A new builder.</returns>
    internal static RuleSetBuilder<TFacts> CreateBuilder() => new();

    /// <summary>Creates a rule set from rules in order.</summary>
    /// <param name="rules">The rules; ids must be unique.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentException">Two rules share an id.</exception>
    public static RuleSet<TFacts> Create(params IRule<TFacts>[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var builder = CreateBuilder();
        foreach (var rule in rules)
        {
            builder.Add(rule);
        }

        return builder.Build();
    }

    /// <summary>Tells whether a rule with this id is in the set.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(string ruleId) => IndexOf(ruleId) >= 0;

    /// <summary>Finds a rule by id.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    public IRule<TFacts>? Find(string ruleId)
    {
        var index = IndexOf(ruleId);
        return index < 0 ? null : _rules[index];
    }

    /// <summary>Returns a rule set without the rule of this id: the way to disable a rule.</summary>
    /// <param name="ruleId">The id of the rule to leave out.</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="ArgumentException">No rule has this id.</exception>
    public RuleSet<TFacts> Without(string ruleId)
    {
        var index = RequireIndex(ruleId);
        var rules = new IRule<TFacts>[_rules.Length - 1];
        Array.Copy(_rules, 0, rules, 0, index);
        Array.Copy(_rules, index + 1, rules, index, _rules.Length - index - 1);
        return new RuleSet<TFacts>(rules);
    }

    /// <summary>Returns a rule set in which the rule of this id is replaced, in place, by what <paramref name="replace"/> makes of it (re-weighted, guarded, combined).</summary>
    /// <param name="ruleId">The id of the rule to replace.</param>
    /// <param name="replace">Makes the replacement from the current rule; it may keep or change the id, as long as ids stay unique.</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="ArgumentException">No rule has this id, or the replacement's id is taken by another rule.</exception>
    public RuleSet<TFacts> Replace(string ruleId, Func<IRule<TFacts>, IRule<TFacts>> replace)
    {
        ArgumentNullException.ThrowIfNull(replace);
        var index = RequireIndex(ruleId);
        var builder = CreateBuilder();
        for (var i = 0; i < _rules.Length; i++)
        {
            builder.Add(i == index ? replace(_rules[i]) ?? throw new ArgumentException($"The replacement for rule \"{ruleId}\" is null.", nameof(replace)) : _rules[i]);
        }

        return builder.Build();
    }

    /// <inheritdoc />
    public IEnumerator<IRule<TFacts>> GetEnumerator() => ((IEnumerable<IRule<TFacts>>)_rules).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal ReadOnlySpan<IRule<TFacts>> AsSpan() => _rules;

    private int IndexOf(string ruleId)
    {
        for (var i = 0; i < _rules.Length; i++)
        {
            if (string.Equals(_rules[i].Descriptor.Id, ruleId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private int RequireIndex(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var index = IndexOf(ruleId);
        if (index < 0)
        {
            throw new ArgumentException($"The rule set has no rule \"{ruleId}\"; its rules are {string.Join(", ", Ids())}.", nameof(ruleId));
        }

        return index;
    }

    private IEnumerable<string> Ids()
    {
        foreach (var rule in _rules)
        {
            yield return rule.Descriptor.Id;
        }
    }
}
