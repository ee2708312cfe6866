using System;
using System.Collections.Generic;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>One tunable parameter of a rule: its name in a policy file, its default and its allowed range.</summary>
internal sealed class RuleParameter
{
    /// <summary>Creates a parameter definition.</summary>
    /// <param name="name">The name in a policy file (camelCase).</param>
    /// <param name="defaultValue">The default value.</param>
    /// <param name="minimum">The smallest allowed value.</param>
    /// <param name="maximum">The largest allowed value.</param>
    /// <param name="description">What the parameter does, for people.</param>
    public RuleParameter(string name, double defaultValue, double minimum, double maximum, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (!(minimum <= defaultValue && defaultValue <= maximum))
        {
            throw new ArgumentOutOfRangeException(nameof(defaultValue), defaultValue, $"The default of {name} must lie between {minimum} and {maximum}.");
        }

        Name = name;
        Default = defaultValue;
        Minimum = minimum;
        Maximum = maximum;
        Description = description;
    }

    /// <summary>The one parameter of a rule that has only a weight: <c>weight</c>, 0 to 100.</summary>
    /// <param name="defaultValue">The default weight.</param>
    /// <returns>The parameters.</returns>
    public static IReadOnlyList<RuleParameter> WeightOnly(double defaultValue) => [new("weight", defaultValue, 0, 100, "The weight of the finding.")];

    /// <summary>Gets the name in a policy file.</summary>
    public string Name { get; }

    /// <summary>Gets the default value.</summary>
    public double Default { get; }

    /// <summary>Gets the smallest allowed value.</summary>
    public double Minimum { get; }

    /// <summary>Gets the largest allowed value.</summary>
    public double Maximum { get; }

    /// <summary>Gets what the parameter does.</summary>
    public string Description { get; }

    /// <summary>Tells whether a value is allowed: finite and within the range.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool Allows(double value) => double.IsFinite(value) && value >= Minimum && value <= Maximum;

    /// <summary>Describes the allowed range in words.</summary>
    /// <returns>"between 0 and 100".</returns>
    public string AllowedText() => $"between {WeightText.Number(Minimum)} and {WeightText.Number(Maximum)}";

    /// <summary>Checks a value for a rule's constructor, throwing when it is not allowed.</summary>
    /// <param name="ruleId">The rule id, to name the culprit.</param>
    /// <param name="value">The value.</param>
    /// <returns>The value, with -0 read as 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not allowed.</exception>
    public double Check(string ruleId, double value)
    {
        if (!Allows(value))
        {
            throw new ArgumentOutOfRangeException(Name, value, $"{ruleId}.{Name} is {ScenarioContract.Format(value)}; it must be {AllowedText()}.");
        }

        return value == 0 ? 0 : value;
    }

    /// <summary>Checks every value of a rule's options at once: one error names every value out of range.</summary>
    /// <returns>The values, with -0 read as 0.</returns>
    /// <exception cref="ArgumentException">A value is not allowed; the message has one sentence per problem.</exception>
    internal static double[] CheckAll(string ruleId, IReadOnlyList<RuleParameter> parameters, double[] values, string argumentName)
    {
        List<string>? problems = null;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = parameters[i];
            if (parameter.Allows(values[i]))
            {
                values[i] = values[i] == 0 ? 0 : values[i];
            }
            else
            {
                (problems ??= []).Add($"{ruleId}.{parameter.Name} is {ScenarioContract.Format(values[i])}; it must be {parameter.AllowedText()}.");
            }
        }

        return problems is null ? values : throw new ArgumentException(string.Join(" ", problems), argumentName);
    }

    internal static double[] Defaults(IReadOnlyList<RuleParameter> parameters)
    {
        var values = new double[parameters.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = parameters[i].Default;
        }

        return values;
    }
}
