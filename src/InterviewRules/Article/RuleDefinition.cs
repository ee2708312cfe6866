using System;
using System.Collections.Generic;
using InterviewRules.Engine;

namespace InterviewRules.Article;

/// <summary>
/// A rule a policy can tune: what it is, its parameters with their defaults and ranges, and how to make the rule
/// from parameter values.
/// </summary>
internal sealed class RuleDefinition
{
    private readonly Func<double[], RuleEntry> _create;

    internal RuleDefinition(IReadOnlyList<RuleParameter> parameters, Func<double[], RuleEntry> create)
    {
        Parameters = parameters;
        _create = create;
        DefaultRule = create(RuleParameter.Defaults(parameters)).ToRule();
    }

    /// <summary>Gets what the rule is, with its default weight summary.</summary>
    public RuleDescriptor Descriptor => DefaultRule.Descriptor;

    /// <summary>Gets the rule's id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Gets the parameters, in the order the rule's constructor takes them.</summary>
    public IReadOnlyList<RuleParameter> Parameters { get; }

    /// <summary>Gets the rule with its default parameters.</summary>
    public DeclaredRule DefaultRule { get; }

    /// <summary>Finds a parameter by name.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The parameter, or <see langword="null"/>.</returns>
    public RuleParameter? FindParameter(string name)
    {
        var index = IndexOfParameter(name);
        return index < 0 ? null : Parameters[index];
    }

    /// <summary>Makes the rule with some parameters changed.</summary>
    /// <param name="values">Parameter values by name; parameters not named keep their defaults.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">A name is not a parameter of this rule, or a value is out of range.</exception>
    public DeclaredRule Create(IReadOnlyDictionary<string, double>? values)
    {
        var arguments = RuleParameter.Defaults(Parameters);
        if (values is not null)
        {
            foreach (var (name, value) in values)
            {
                var index = RequireParameter(name, nameof(values));
                arguments[index] = Parameters[index].Check(Id, value);
            }
        }

        return _create(arguments).ToRule();
    }

    /// <summary>Makes the rule from values already checked, in the order of <see cref="Parameters"/>.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The rule.</returns>
    public DeclaredRule CreateChecked(double[] values) => _create(values).ToRule();

    internal int IndexOfParameter(string name)
    {
        for (var i = 0; i < Parameters.Count; i++)
        {
            if (string.Equals(Parameters[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    internal int RequireParameter(string name, string argumentName)
    {
        var index = IndexOfParameter(name);
        return index >= 0
            ? index
            : throw new ArgumentException($"{Id} has no parameter \"{name}\"; its parameters are {ParameterNames()}.", argumentName);
    }

    /// <summary>Lists the parameter names, comma-separated.</summary>
    /// <returns>The names.</returns>
    public string ParameterNames()
    {
        var names = new string[Parameters.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Parameters[i].Name;
        }

        return names.Length == 0 ? "(none)" : string.Join(", ", names);
    }
}
