using System;
using System.Collections.Generic;
using System.Linq;
using InterviewRules.Article;
using InterviewRules.Assessing;
using InterviewRules.Policies;

namespace InterviewRules.PolicyLoop;

/// <summary>
/// One number a policy compares a fact with: an article rule's threshold parameter (<c>need-practice</c>'s
/// <c>yearsOfExperienceBelow</c>) or a number comparison of a custom rule's condition. Its two sides are "below" (the
/// values at or under the threshold that the comparison puts first: <c>x &lt; t</c> for <c>lessThan</c> and
/// <c>greaterThanOrEqual</c>, <c>x &lt;= t</c> for <c>lessThanOrEqual</c> and <c>greaterThan</c>, <c>x = t</c> for
/// <c>equals</c> and <c>notEquals</c>) and "above" (every other value).
/// </summary>
internal sealed record PolicyThreshold(string RuleId, string Parameter, FactDefinition Fact, ConditionOperator Operator, double Value)
{
    private static readonly Dictionary<string, Comparison?[]> ParameterComparisons = ArticleRules.Definitions.ToDictionary(d => d.Id, Map, StringComparer.Ordinal);

    /// <summary>Gets the operator's name in a policy file (<c>lessThan</c>).</summary>
    public string OperatorName => ContractNames.Operators[(int)Operator];

    /// <summary>Whether a value of the fact lies on the "below" side.</summary>
    public bool IsBelow(double x) => Operator switch
    {
        ConditionOperator.LessThan or ConditionOperator.GreaterThanOrEqual => x < Value,
        ConditionOperator.LessThanOrEqual or ConditionOperator.GreaterThan => x <= Value,
        _ => x == Value,
    };

    /// <summary>Whether some allowed value of the fact lies on the "below" side.</summary>
    public bool CanBeBelow => Reaches(below: true);

    /// <summary>Whether some allowed value of the fact lies on the "above" side.</summary>
    public bool CanBeAbove => Reaches(below: false);

    /// <summary>Reads the fact's value in a scenario.</summary>
    public double Read(InterviewScenario scenario) => Fact.ReadNumber!(scenario);

    /// <summary>The side a value is on, as a word: "below" or "above".</summary>
    public string SideOf(double x) => IsBelow(x) ? "below" : "above";

    /// <summary>The thresholds of a policy's enabled rules, and those of its disabled ones, in rule order.</summary>
    public static (List<PolicyThreshold> Enabled, List<PolicyThreshold> Disabled) Of(InterviewPolicy policy)
    {
        var enabled = new List<PolicyThreshold>();
        var disabled = new List<PolicyThreshold>();
        foreach (var settings in policy.Rules)
        {
            var map = ParameterComparisons[settings.RuleId];
            for (var i = 0; i < map.Length; i++)
            {
                if (map[i] is { } comparison)
                {
                    (settings.Enabled ? enabled : disabled).Add(new(settings.RuleId, settings.Definition.Parameters[i].Name, comparison.Fact, comparison.Operator, settings.Values[i]));
                }
            }
        }

        foreach (var custom in policy.CustomRuleDefinitions)
        {
            enabled.AddRange(OfCustom(custom));
        }

        return (enabled, disabled);
    }

    /// <summary>The number comparisons of a custom rule's condition, each once; the parameter is named <c>fact op</c>.</summary>
    public static IEnumerable<PolicyThreshold> OfCustom(CustomRuleDefinition custom) =>
        new RuleModel(custom.CreateRule(), 0, 0).Comparisons
            .Select(c => new PolicyThreshold(custom.Id, $"{c.Fact.Path} {ContractNames.Operators[(int)c.Operator]}", c.Fact, c.Operator, c.Threshold))
            .Distinct();

    /// <summary>The parameter of an article rule that sets a comparison, with that comparison; <see langword="null"/> for a weight.</summary>
    public static Comparison? ComparisonOf(RuleDefinition definition, int parameter) => ParameterComparisons[definition.Id][parameter];

    // Which comparison each parameter sets, found by moving the parameter alone and seeing which threshold follows:
    // the rule texts stay the one place that says what a parameter does.
    private static Comparison?[] Map(RuleDefinition definition)
    {
        var defaults = RuleParameter.Defaults(definition.Parameters);
        var baseline = new RuleModel(definition.CreateChecked(defaults), 0, 0).Comparisons;
        var map = new Comparison?[defaults.Length];
        for (var i = 0; i < defaults.Length; i++)
        {
            var parameter = definition.Parameters[i];
            var values = (double[])defaults.Clone();
            values[i] = parameter.Default < parameter.Maximum ? (parameter.Default + parameter.Maximum) / 2 : (parameter.Default + parameter.Minimum) / 2;
            var moved = new RuleModel(definition.CreateChecked(values), 0, 0).Comparisons;
            if (moved.Length != baseline.Length)
            {
                continue;
            }

            for (var j = 0; j < moved.Length; j++)
            {
                if (moved[j].Threshold != baseline[j].Threshold && moved[j].Threshold == values[i])
                {
                    map[i] = baseline[j];
                    break;
                }
            }
        }

        return map;
    }

    private bool Reaches(bool below)
    {
        var (low, lowOpen, high, whole) = Range(Fact);
        double from = low, to = high;
        bool fromOpen = lowOpen, toOpen = false;
        switch (Operator)
        {
            case ConditionOperator.LessThan or ConditionOperator.GreaterThanOrEqual:
                (from, fromOpen, to, toOpen) = below ? (low, lowOpen, Math.Min(high, Value), Value <= high) : (Math.Max(low, Value), Value <= low && lowOpen, high, false);
                break;
            case ConditionOperator.LessThanOrEqual or ConditionOperator.GreaterThan:
                (from, fromOpen, to, toOpen) = below ? (low, lowOpen, Math.Min(high, Value), false) : (Math.Max(low, Value), Value >= low || lowOpen, high, false);
                break;
            default:
                if (below)
                {
                    return Value >= low && Value <= high && !(Value == low && lowOpen) && (!whole || Value == Math.Floor(Value));
                }

                // Any other value: the range holds more than the one value.
                return high > low;
        }

        if (from > to || (from == to && (fromOpen || toOpen)))
        {
            return false;
        }

        if (!whole)
        {
            return true;
        }

        var first = fromOpen ? Math.Floor(from) + 1 : Math.Ceiling(from);
        return toOpen ? first < to : first <= to;
    }

    private static (double Low, bool LowOpen, double High, bool Whole) Range(FactDefinition fact)
    {
        if (fact.Terms.Count > 0)
        {
            var low = 0.0;
            var high = 0.0;
            var open = false;
            var whole = true;
            foreach (var term in fact.Terms)
            {
                var (l, o, h, w) = Range(term);
                low += l;
                high += h;
                open |= o;
                whole &= w;
            }

            return (low, open, high, whole);
        }

        var limits = fact.Limits!;
        return (limits.Min, limits.MinExclusive, limits.Max, limits.Integer);
    }
}
