using System;
using System.Collections.Generic;
using InterviewRules.Article;

namespace InterviewRules.Policies;

/// <summary>How a policy sets one catalog rule: enabled or not, and the effective value of each parameter.</summary>
internal sealed class RuleSettings
{
    internal RuleSettings(RuleDefinition definition, bool enabled, double[] values)
    {
        Definition = definition;
        Enabled = enabled;
        Values = values;
        var parameters = new KeyValuePair<string, double>[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i] = new(definition.Parameters[i].Name, values[i]);
        }

        Parameters = parameters;
    }

    /// <summary>Gets the rule's id.</summary>
    public string RuleId => Definition.Id;

    /// <summary>Gets whether the rule takes part in evaluation.</summary>
    public bool Enabled { get; }

    /// <summary>Gets the effective parameter values, in the definition's order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Parameters { get; }

    /// <summary>Gets the rule's definition.</summary>
    public RuleDefinition Definition { get; }

    internal double[] Values { get; }

    /// <summary>Gets one parameter's effective value.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The rule has no such parameter.</exception>
    public double Get(string name) => Values[Definition.RequireParameter(name, nameof(name))];

    internal RuleSettings With(bool? enabled = null, int index = -1, double value = 0)
    {
        var values = (double[])Values.Clone();
        if (index >= 0)
        {
            values[index] = value;
        }

        return new RuleSettings(Definition, enabled ?? Enabled, values);
    }
}
