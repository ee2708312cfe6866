using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Policies;

namespace InterviewRules.PolicyLoop;

/// <summary>
/// The impact of a policy change over a corpus of scenarios (design.md, "Impact of a change"): enumerate it to get each
/// scenario whose decision flips, as it is found, with the rules and parameters behind the flip; then
/// <see cref="Totals"/> holds the counts and the score shift. It streams: nothing is kept per scenario, so memory stays
/// flat whatever the corpus. Enumerate it once.
/// </summary>
/// <example>
/// <code>
/// var comparison = PolicyComparison.Compare(current, draft, lastMonthsScenarios);
/// foreach (PolicyChange change in comparison)
/// {
///     Console.WriteLine(change);
/// }
/// Console.Write(comparison.Totals);
/// </code>
/// </example>
public sealed class PolicyComparison : IEnumerable<PolicyChange>
{
    private readonly InterviewAdvisor _old;
    private readonly InterviewAdvisor _new;
    private readonly IEnumerable<(string Label, InterviewScenario Scenario)> _scenarios;
    private readonly Dictionary<string, RuleDifference> _differences;
    private readonly string? _policyDifference;
    private readonly PolicyImpact _totals;
    private readonly Dictionary<string, int> _order;
    private bool _started;
    private bool _finished;

    private PolicyComparison(InterviewPolicy oldPolicy, InterviewPolicy newPolicy, IEnumerable<(string Label, InterviewScenario Scenario)> scenarios)
    {
        _old = InterviewAdvisor.Create(oldPolicy);
        _new = InterviewAdvisor.Create(newPolicy);
        _scenarios = scenarios;
        _differences = Differences(oldPolicy, newPolicy);
        _policyDifference = PolicyDifference(oldPolicy, newPolicy);
        var order = _old.Rules.Select(r => r.Descriptor.Id).Concat(_new.Rules.Select(r => r.Descriptor.Id)).Distinct(StringComparer.Ordinal).ToList();
        _order = order.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        _totals = new PolicyImpact(_old.Policy, _new.Policy, order);
    }

    /// <summary>Gets the identity of the policy in force.</summary>
    public PolicyIdentity OldPolicy => _old.Policy;

    /// <summary>Gets the identity of the changed policy.</summary>
    public PolicyIdentity NewPolicy => _new.Policy;

    /// <summary>Gets the totals, once every change has been enumerated.</summary>
    /// <exception cref="InvalidOperationException">The changes have not all been enumerated yet.</exception>
    public PolicyImpact Totals => _finished ? _totals : throw new InvalidOperationException("The totals are known once every change has been enumerated; enumerate the comparison to its end first.");

    /// <summary>Compares two policies over scenarios, each labelled by its index (from 0).</summary>
    /// <param name="oldPolicy">The policy in force.</param>
    /// <param name="newPolicy">The changed policy.</param>
    /// <param name="scenarios">The scenarios, read as the comparison is enumerated.</param>
    /// <returns>The comparison, to enumerate once.</returns>
    public static PolicyComparison Compare(InterviewPolicy oldPolicy, InterviewPolicy newPolicy, IEnumerable<InterviewScenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        return Compare(oldPolicy, newPolicy, scenarios.Select((s, i) => (i.ToString(CultureInfo.InvariantCulture), s)));
    }

    /// <summary>Compares two policies over labelled scenarios (a file name, an index in a larger input).</summary>
    /// <param name="oldPolicy">The policy in force.</param>
    /// <param name="newPolicy">The changed policy.</param>
    /// <param name="scenarios">The scenarios with their labels, read as the comparison is enumerated.</param>
    /// <returns>The comparison, to enumerate once.</returns>
    public static PolicyComparison Compare(InterviewPolicy oldPolicy, InterviewPolicy newPolicy, IEnumerable<(string Label, InterviewScenario Scenario)> scenarios)
    {
        ArgumentNullException.ThrowIfNull(oldPolicy);
        ArgumentNullException.ThrowIfNull(newPolicy);
        ArgumentNullException.ThrowIfNull(scenarios);
        return new PolicyComparison(oldPolicy, newPolicy, scenarios);
    }

    /// <summary>Enumerates the flipped scenarios as they are found; the totals are complete when it ends.</summary>
    /// <returns>The enumerator.</returns>
    /// <exception cref="InvalidOperationException">The comparison was enumerated before.</exception>
    public IEnumerator<PolicyChange> GetEnumerator()
    {
        if (_started)
        {
            throw new InvalidOperationException("A comparison streams its scenarios and can be enumerated once; compare again to enumerate again.");
        }

        _started = true;
        return Run();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerator<PolicyChange> Run()
    {
        var index = 0L;
        foreach (var (label, scenario) in _scenarios)
        {
            ArgumentNullException.ThrowIfNull(scenario, nameof(scenario));
            var from = _old.Evaluator.Score(scenario);
            var to = _new.Evaluator.Score(scenario);
            _totals.Scenarios++;
            _totals.ScoreShift.Add(to.Score - from.Score);
            if (from.Decision != to.Decision)
            {
                if (to.Decision == Verdict.Accept)
                {
                    _totals.ToAccept++;
                }
                else
                {
                    _totals.ToDecline++;
                }

                yield return Explain(label, index, scenario, from, to);
            }

            index++;
        }

        _finished = true;
    }

    private PolicyChange Explain(string label, long index, InterviewScenario scenario, ScoreResult from, ScoreResult to)
    {
        var before = Findings(_old, scenario);
        var after = Findings(_new, scenario);
        var ruleIds = new List<string>();
        var sentences = new List<string>();
        foreach (var id in before.Keys.Concat(after.Keys).Distinct(StringComparer.Ordinal).OrderBy(RuleOrder))
        {
            var had = before.TryGetValue(id, out var oldWeight);
            var has = after.TryGetValue(id, out var newWeight);
            if (had == has && oldWeight == newWeight)
            {
                continue;
            }

            ruleIds.Add(id);
            _totals.Count(id);
            var what = had && has ? $"{id} weighs {Number(newWeight)} instead of {Number(oldWeight)}" : has ? $"{id} now fires ({Signed(newWeight)})" : $"{id} no longer fires";
            var why = _differences.TryGetValue(id, out var difference) ? difference.Describe(scenario, firing: had != has) : null;
            sentences.Add(why is null ? what : $"{what}: {why}");
        }

        if (_policyDifference is not null)
        {
            sentences.Add($"{_policyDifference}, and the score goes from {Number(from.Score)} to {Number(to.Score)}");
        }
        else if (sentences.Count == 0)
        {
            sentences.Add($"the score goes from {Number(from.Score)} to {Number(to.Score)}");
        }

        return new PolicyChange(label, index, from, to, ruleIds.AsReadOnly(), string.Join("; ", sentences) + ".");
    }

    private int RuleOrder(string id) => _order.TryGetValue(id, out var order) ? order : int.MaxValue;

    private static Dictionary<string, double> Findings(InterviewAdvisor advisor, InterviewScenario scenario)
    {
        var evaluation = advisor.Evaluator.Evaluate(scenario);
        var findings = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var fired in evaluation.Fired)
        {
            findings[evaluation.Source.IdOf(fired.Rule)] = fired.Decision.Weight;
        }

        return findings;
    }

    private static string? PolicyDifference(InterviewPolicy oldPolicy, InterviewPolicy newPolicy)
    {
        var parts = new List<string>();
        if (oldPolicy.Threshold != newPolicy.Threshold)
        {
            parts.Add($"the threshold {Number(oldPolicy.Threshold)} → {Number(newPolicy.Threshold)}");
        }

        if (!string.Equals(oldPolicy.Aggregation, newPolicy.Aggregation, StringComparison.Ordinal))
        {
            parts.Add($"the aggregation {oldPolicy.Aggregation} → {newPolicy.Aggregation}");
        }

        return parts.Count == 0 ? null : string.Join(" and ", parts);
    }

    // What changed in each rule's definition, once per comparison; a flip only looks its rules up.
    private static Dictionary<string, RuleDifference> Differences(InterviewPolicy oldPolicy, InterviewPolicy newPolicy)
    {
        var differences = new Dictionary<string, RuleDifference>(StringComparer.Ordinal);
        foreach (var before in oldPolicy.Rules)
        {
            var after = newPolicy.GetRule(before.RuleId);
            var difference = new RuleDifference();
            if (before.Enabled != after.Enabled)
            {
                difference.Parts.Add(after.Enabled ? "it is enabled in the new policy" : "it is disabled in the new policy");
            }

            for (var i = 0; i < before.Values.Length; i++)
            {
                if (before.Values[i] != after.Values[i])
                {
                    var comparison = PolicyThreshold.ComparisonOf(before.Definition, i);
                    difference.Add($"{before.Definition.Parameters[i].Name} {Number(before.Values[i])} → {Number(after.Values[i])}", comparison?.Fact);
                }
            }

            if (difference.Parts.Count > 0)
            {
                differences[before.RuleId] = difference;
            }
        }

        var oldCustom = oldPolicy.CustomRuleDefinitions.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var newCustom = newPolicy.CustomRuleDefinitions.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var id in oldCustom.Keys.Concat(newCustom.Keys).Distinct(StringComparer.Ordinal))
        {
            var difference = new RuleDifference();
            if (!newCustom.TryGetValue(id, out var after))
            {
                difference.Parts.Add("the new policy no longer has this custom rule");
            }
            else if (!oldCustom.TryGetValue(id, out var before))
            {
                difference.Parts.Add("it is a custom rule new in the new policy");
            }
            else if (Canonical(before) != Canonical(after))
            {
                if (before.SignedWeight != after.SignedWeight)
                {
                    difference.Parts.Add($"weight {Number(before.SignedWeight)} → {Number(after.SignedWeight)}");
                }

                if (before.Veto != after.Veto)
                {
                    difference.Parts.Add(after.Veto ? "it vetoes in the new policy" : "it no longer vetoes");
                }

                var oldThresholds = PolicyThreshold.OfCustom(before).ToList();
                var newThresholds = PolicyThreshold.OfCustom(after).ToList();
                if (oldThresholds.Count == newThresholds.Count && oldThresholds.Zip(newThresholds).All(p => p.First.Parameter == p.Second.Parameter))
                {
                    foreach (var (o, n) in oldThresholds.Zip(newThresholds).Where(p => p.First.Value != p.Second.Value))
                    {
                        difference.Add($"{o.Parameter} {Number(o.Value)} → {Number(n.Value)}", o.Fact);
                    }
                }

                if (difference.Parts.Count == 0)
                {
                    difference.Parts.Add("its condition changed");
                }
            }

            if (difference.Parts.Count > 0)
            {
                differences[id] = difference;
            }
        }

        return differences;
    }

    private static string Canonical(CustomRuleDefinition rule)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            rule.WriteCanonical(json);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Number(double value) => NumberText.Write(value, CultureInfo.InvariantCulture);

    private static string Signed(double value) => NumberText.Signed(value);

    /// <summary>What changed in one rule: sentences, and the facts whose thresholds moved (to say where the scenario lies).</summary>
    private sealed class RuleDifference
    {
        public List<string> Parts { get; } = [];

        private List<(int Part, FactDefinition Fact)> Facts { get; } = [];

        public void Add(string part, FactDefinition? fact)
        {
            if (fact is not null)
            {
                Facts.Add((Parts.Count, fact));
            }

            Parts.Add(part);
        }

        /// <summary>The parts behind a change of firing (the enabling and the thresholds), or of weight (the rest); all of them when none fits.</summary>
        public string Describe(InterviewScenario scenario, bool firing)
        {
            var chosen = Enumerable.Range(0, Parts.Count).Where(i => Facts.Any(f => f.Part == i) == firing || (firing && IsEnabling(i))).ToList();
            if (chosen.Count == 0)
            {
                chosen = [.. Enumerable.Range(0, Parts.Count)];
            }

            var text = string.Join(", ", chosen.Select(i => Parts[i]));
            var facts = Facts.Where(f => chosen.Contains(f.Part)).Select(f => f.Fact).Distinct().ToList();
            return facts.Count == 0 ? text : $"{text}, and this scenario has {string.Join(" and ", facts.Select(f => $"{f.Path} {Number(f.ReadNumber!(scenario))}"))}";
        }

        private bool IsEnabling(int part) => Parts[part].StartsWith("it ", StringComparison.Ordinal) || Parts[part].StartsWith("the new policy", StringComparison.Ordinal);
    }
}
