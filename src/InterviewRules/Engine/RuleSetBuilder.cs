using System;
using System.Collections.Generic;

namespace InterviewRules.Engine;

/// <summary>Collects rules in order and freezes them into a <see cref="RuleSet{TFacts}"/>. Used once: after <see cref="Build"/> it refuses changes.</summary>
/// <typeparam name="TFacts">The type of facts the rules read.</typeparam>
internal sealed class RuleSetBuilder<TFacts>
{
    private readonly List<IRule<TFacts>> _rules = [];
    private bool _built;

    internal RuleSetBuilder()
    {
    }

    /// <summary>Adds a rule at the end.</summary>
    /// <param name="rule">The rule; its id must not be in the builder yet.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A rule with the same id was added before.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its rule set.</exception>
    public RuleSetBuilder<TFacts> Add(IRule<TFacts> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(rule.Descriptor, "rule.Descriptor");
        ThrowIfBuilt();
        if (IndexOf(rule.Descriptor.Id) >= 0)
        {
            throw new ArgumentException($"A rule with id \"{rule.Descriptor.Id}\" is already in the rule set; rule ids must be unique.", nameof(rule));
        }

        _rules.Add(rule);
        return this;
    }

    /// <summary>Adds rules at the end, in order.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder<TFacts> AddRange(IEnumerable<IRule<TFacts>> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in rules)
        {
            Add(rule);
        }

        return this;
    }

    /// <summary>Removes the rule of this id: the way to disable a rule.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No rule has this id.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its rule set.</exception>
    public RuleSetBuilder<TFacts> Remove(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ThrowIfBuilt();
        var index = IndexOf(ruleId);
        if (index < 0)
        {
            throw new ArgumentException($"There is no rule \"{ruleId}\" to remove.", nameof(ruleId));
        }

        _rules.RemoveAt(index);
        return this;
    }

    /// <summary>Freezes the rules into an immutable rule set.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its rule set.</exception>
    public RuleSet<TFacts> Build()
    {
        ThrowIfBuilt();
        _built = true;
        return new RuleSet<TFacts>([.. _rules]);
    }

    private int IndexOf(string ruleId) => _rules.FindIndex(r => string.Equals(r.Descriptor.Id, ruleId, StringComparison.Ordinal));

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built its rule set, which is immutable; start a new builder, or derive a new set with RuleSet.Without or RuleSet.Replace.");
        }
    }
}
