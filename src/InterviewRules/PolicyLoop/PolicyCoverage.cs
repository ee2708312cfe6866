using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InterviewRules.PolicyLoop;

/// <summary>
/// How much of a policy its tests reach: for each enabled rule, whether the cases make it fire and not fire; for each
/// threshold, whether a case lies on each side. Only sides some scenario can reach count; disabled rules and
/// unreachable sides are listed apart (<see cref="Uncounted"/>).
/// </summary>
public sealed class PolicyCoverage
{
    internal PolicyCoverage(IReadOnlyList<RuleCoverage> rules, IReadOnlyList<ThresholdCoverage> thresholds, IReadOnlyList<UncountedSide> uncounted)
    {
        Rules = rules;
        Thresholds = thresholds;
        Uncounted = uncounted;
        var missing = new List<string>();
        foreach (var rule in rules)
        {
            Count(rule.CanFire, rule.Fires, $"{rule.RuleId} never fires in the cases");
            Count(rule.CanNotFire, rule.NotFires, $"{rule.RuleId} fires in every case");
        }

        foreach (var t in thresholds)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{t.RuleId} {t.Parameter} {t.Value}");
            Count(t.CanBeBelow, t.Below, $"no case lies below {at} ({t.Fact})");
            Count(t.CanBeAbove, t.Above, $"no case lies above {at} ({t.Fact})");
        }

        Missing = missing.AsReadOnly();

        void Count(bool reachable, bool covered, string gap)
        {
            if (!reachable)
            {
                return;
            }

            Reachable++;
            if (covered)
            {
                Covered++;
            }
            else
            {
                missing.Add(gap);
            }
        }
    }

    /// <summary>Gets each enabled rule's coverage, in the policy's rule order.</summary>
    public IReadOnlyList<RuleCoverage> Rules { get; }

    /// <summary>Gets each threshold's coverage, in rule order.</summary>
    public IReadOnlyList<ThresholdCoverage> Thresholds { get; }

    /// <summary>Gets what is not counted: disabled rules and sides no scenario reaches.</summary>
    public IReadOnlyList<UncountedSide> Uncounted { get; }

    /// <summary>Gets the reachable sides that no case covers, each as a sentence.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>Gets how many sides some scenario can reach.</summary>
    public int Reachable { get; private set; }

    /// <summary>Gets how many reachable sides the cases cover.</summary>
    public int Covered { get; private set; }

    /// <summary>Gets the covered share of the reachable sides, 0 to 100; 100 when nothing is reachable.</summary>
    public double Percent => Reachable == 0 ? 100 : 100.0 * Covered / Reachable;

    /// <summary>Writes the coverage as a table, the percentage and what is missing or not counted.</summary>
    /// <returns>The text, lines ending with a newline.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"coverage {Percent:0.#}% ({Covered} of {Reachable} reachable sides)\n");
        var width = Math.Max(4, Rules.Select(r => r.RuleId.Length).DefaultIfEmpty(0).Max());
        text.Append(CultureInfo.InvariantCulture, $"  {"rule".PadRight(width)}  fires  not fires\n");
        foreach (var rule in Rules)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {rule.RuleId.PadRight(width)}  {Mark(rule.CanFire, rule.Fires),-5}  {Mark(rule.CanNotFire, rule.NotFires)}\n");
        }

        if (Thresholds.Count > 0)
        {
            var labels = Thresholds.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.RuleId} {t.Parameter} {t.Value}")).ToList();
            var labelWidth = Math.Max(9, labels.Max(l => l.Length));
            text.Append(CultureInfo.InvariantCulture, $"  {"threshold".PadRight(labelWidth)}  below  above\n");
            for (var i = 0; i < Thresholds.Count; i++)
            {
                var t = Thresholds[i];
                text.Append(CultureInfo.InvariantCulture, $"  {labels[i].PadRight(labelWidth)}  {Mark(t.CanBeBelow, t.Below),-5}  {Mark(t.CanBeAbove, t.Above)}\n");
            }
        }

        foreach (var gap in Missing)
        {
            text.Append("  missing: ").Append(gap).Append('\n');
        }

        foreach (var side in Uncounted)
        {
            text.Append("  not counted: ").Append(side.Reason).Append('\n');
        }

        return text.ToString();
    }

    private static string Mark(bool reachable, bool covered) => !reachable ? "n/a" : covered ? "yes" : "NO";
}
