using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewRules.Assessing;
using InterviewRules.Engine;
using InterviewRules.Policies;

namespace InterviewRules.PolicyLoop;

/// <summary>
/// Runs a policy's tests (design.md, "Policy tests and impact"): each case evaluated (or assessed) under the policy and
/// compared with what it expects, and, when asked, how much of the policy the cases reach.
/// </summary>
/// <example>
/// <code>
/// if (PolicyTestFile.TryRead(bytes, out var tests, out var errors))
/// {
///     PolicyTestResult result = PolicyTests.Run(policy, tests.Cases, coverage: true);
///     Console.Write(result);
/// }
/// </code>
/// </example>
public static class PolicyTests
{
    /// <summary>Runs the cases under a policy.</summary>
    /// <param name="policy">The policy tested.</param>
    /// <param name="cases">The cases.</param>
    /// <param name="coverage">Whether to measure coverage. The default value is <see langword="false"/>.</param>
    /// <returns>The result: every case's outcome, and the coverage when asked for.</returns>
    /// <exception cref="ArgumentException">A case names a rule that is not one of the policy's (<see cref="PolicyTestFile.Check"/> reports it with its path).</exception>
    public static PolicyTestResult Run(InterviewPolicy policy, IEnumerable<PolicyTestCase> cases, bool coverage = false)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(cases);
        var advisor = InterviewAdvisor.Create(policy);
        var ids = RuleIds(policy);
        var rules = advisor.Rules.Select(r => r.Descriptor.Id).ToArray();
        var (thresholds, disabledThresholds) = PolicyThreshold.Of(policy);
        var fires = new bool[rules.Length];
        var notFires = new bool[rules.Length];
        var below = new bool[thresholds.Count];
        var above = new bool[thresholds.Count];
        var results = new List<PolicyCaseResult>();
        foreach (var testCase in cases)
        {
            ArgumentNullException.ThrowIfNull(testCase, nameof(cases));
            if (testCase.Expect.Fires.Concat(testCase.Expect.NotFires).FirstOrDefault(id => !ids.Contains(id)) is { } unknown)
            {
                throw new ArgumentException($"The case \"{testCase.Name}\" names the rule \"{unknown}\", which is no rule of the policy {policy.Name}; its rules are {string.Join(", ", ids)}.", nameof(cases));
            }

            if (testCase.Scenario is { } scenario)
            {
                var recommendation = advisor.Recommend(scenario);
                // Plain writes, not a conditional array: the trimming analyzer of net8.0 fails on "(c ? a : b)[i] = x".
                for (var i = 0; i < rules.Length; i++)
                {
                    var fired = recommendation.Fired(rules[i]);
                    fires[i] |= fired;
                    notFires[i] |= !fired;
                }

                for (var i = 0; i < thresholds.Count; i++)
                {
                    var isBelow = thresholds[i].IsBelow(thresholds[i].Read(scenario));
                    below[i] |= isBelow;
                    above[i] |= !isBelow;
                }

                results.Add(Check(testCase, recommendation));
            }
            else
            {
                var assessment = advisor.Assess(testCase.Partial!);
                if (assessment.Status != AssessmentStatus.Undetermined)
                {
                    for (var i = 0; i < rules.Length; i++)
                    {
                        if (assessment.Findings.Any(f => f.RuleId == rules[i]))
                        {
                            fires[i] = true;
                        }
                        else if (!assessment.Possible.Any(f => f.RuleId == rules[i]))
                        {
                            notFires[i] = true;
                        }
                    }
                }

                results.Add(Check(testCase, assessment));
            }
        }

        return new PolicyTestResult(advisor.Policy, results.AsReadOnly(), coverage ? Coverage(policy, advisor, rules, fires, notFires, thresholds, disabledThresholds, below, above) : null);
    }

    /// <summary>The ids of every rule of a policy, enabled or not, custom rules last.</summary>
    internal static List<string> RuleIds(InterviewPolicy policy) => [.. policy.Rules.Select(r => r.RuleId), .. policy.CustomRuleDefinitions.Select(c => c.Id)];

    private static PolicyCaseResult Check(PolicyTestCase testCase, Recommendation recommendation)
    {
        var expect = testCase.Expect;
        var failures = new List<string>();
        var score = Number(recommendation.Score);
        if (expect.Decision is { } decision && decision != recommendation.Decision)
        {
            failures.Add($"decision: expected {ContractNames.Of(decision)}, got {ContractNames.Of(recommendation.Decision)} (score {score}{(recommendation.IsVetoed ? ", vetoed" : string.Empty)}).");
        }

        foreach (var id in expect.Fires.Where(id => !recommendation.Fired(id)))
        {
            failures.Add($"{id}: expected to fire, it did not.");
        }

        foreach (var id in expect.NotFires.Where(recommendation.Fired))
        {
            failures.Add($"{id}: expected not to fire, it fired (weight {NumberText.Signed(recommendation.FindingFor(id)!.Weight)}).");
        }

        if (expect.Score is { } range && !(recommendation.Score >= range.Min && recommendation.Score <= range.Max))
        {
            failures.Add($"score: expected {Range(range)}, got {score}.");
        }

        var actual = $"decision {ContractNames.Of(recommendation.Decision)}; score {score}; fires {(recommendation.FiredRuleIds.Count == 0 ? "nothing" : string.Join(", ", recommendation.FiredRuleIds))}";
        return new PolicyCaseResult(testCase, failures.AsReadOnly(), actual, recommendation, null);
    }

    private static PolicyCaseResult Check(PolicyTestCase testCase, Assessment assessment)
    {
        var expect = testCase.Expect;
        var failures = new List<string>();
        var status = ContractNames.Of(assessment.Status);
        if (expect.Status is { } expected && expected != assessment.Status)
        {
            failures.Add($"status: expected {ContractNames.Of(expected)}, got {status}.");
        }

        if (expect.Decision is { } decision && decision != assessment.Decision)
        {
            failures.Add($"decision: expected {ContractNames.Of(decision)}, got {(assessment.Decision is { } got ? ContractNames.Of(got) : "none")} (status {status}).");
        }

        foreach (var id in expect.Fires.Where(id => !assessment.Findings.Any(f => f.RuleId == id)))
        {
            failures.Add($"{id}: expected to fire in every completion, {(assessment.Possible.Any(f => f.RuleId == id) ? "it fires in some only" : "it fires in none")}.");
        }

        foreach (var id in expect.NotFires)
        {
            if (assessment.Findings.Any(f => f.RuleId == id) || assessment.Possible.Any(f => f.RuleId == id))
            {
                failures.Add($"{id}: expected to fire in no completion, it fires in {(assessment.Findings.Any(f => f.RuleId == id) ? "every one" : "some")}.");
            }
        }

        if (expect.Score is { } range)
        {
            if (assessment.ScoreRange is not { } scores)
            {
                failures.Add($"score: expected {Range(range)}, but the score range is unknown (status {status}).");
            }
            else if (!(scores.Min >= range.Min && scores.Max <= range.Max))
            {
                failures.Add($"score: expected the score range within {Range(range)}, got {Number(scores.Min)} to {Number(scores.Max)}.");
            }
        }

        if (expect.Relevant is { } relevant && !(relevant.Count == assessment.Relevant.Count && relevant.All(assessment.Relevant.Contains)))
        {
            failures.Add($"relevant: expected {Names(relevant)}, got {Names(assessment.Relevant)}.");
        }

        var actual = $"status {status}; decision {(assessment.Decision is { } d ? ContractNames.Of(d) : "none")}; score {(assessment.ScoreRange is { } r ? $"{Number(r.Min)} to {Number(r.Max)}" : "unknown")}; relevant {Names(assessment.Relevant)}";
        return new PolicyCaseResult(testCase, failures.AsReadOnly(), actual, null, assessment);
    }

    private static PolicyCoverage Coverage(InterviewPolicy policy, InterviewAdvisor advisor, string[] rules, bool[] fires, bool[] notFires, List<PolicyThreshold> thresholds, List<PolicyThreshold> disabledThresholds, bool[] below, bool[] above)
    {
        // What the rules can do over every scenario: the assessor's exact reasoning over the all-unknown state.
        var analysis = new Assessor(advisor.AssessorRules, advisor.Evaluator.Aggregator, advisor.Evaluator.Threshold).Analyze(PartialScenario.Empty.Items.ToArray(), relevance: false, stats: true);
        var ruleCoverage = new List<RuleCoverage>();
        var uncounted = new List<UncountedSide>();
        for (var i = 0; i < rules.Length; i++)
        {
            var canFire = analysis.IsUndetermined || analysis.AlwaysFires(i) || analysis.SometimesFires(i);
            var canNotFire = analysis.IsUndetermined || !analysis.AlwaysFires(i);
            ruleCoverage.Add(new RuleCoverage(rules[i], fires[i], notFires[i], canFire, canNotFire));
            if (!canFire)
            {
                uncounted.Add(new UncountedSide(rules[i], null, null, "fires", $"{rules[i]} fires in no scenario."));
            }

            if (!canNotFire)
            {
                uncounted.Add(new UncountedSide(rules[i], null, null, "notFires", $"{rules[i]} fires in every scenario."));
            }
        }

        var thresholdCoverage = new List<ThresholdCoverage>();
        for (var i = 0; i < thresholds.Count; i++)
        {
            var t = thresholds[i];
            thresholdCoverage.Add(new ThresholdCoverage(t.RuleId, t.Parameter, t.Fact.Path, t.OperatorName, t.Value, below[i], above[i], t.CanBeBelow, t.CanBeAbove));
            foreach (var (side, reachable) in new[] { ("below", t.CanBeBelow), ("above", t.CanBeAbove) })
            {
                if (!reachable)
                {
                    uncounted.Add(new UncountedSide(t.RuleId, t.Parameter, t.Value, side, $"{t.RuleId} {t.Parameter} {Number(t.Value)}: no allowed value of {t.Fact.Path} lies {side} it."));
                }
            }
        }

        foreach (var settings in policy.Rules.Where(r => !r.Enabled))
        {
            var parameters = disabledThresholds.Where(t => t.RuleId == settings.RuleId).Select(t => t.Parameter).ToList();
            uncounted.Add(new UncountedSide(settings.RuleId, null, null, "disabled", $"{settings.RuleId} is disabled{(parameters.Count == 0 ? string.Empty : $" (with its thresholds {string.Join(", ", parameters)})")}."));
        }

        return new PolicyCoverage(ruleCoverage.AsReadOnly(), thresholdCoverage.AsReadOnly(), uncounted.AsReadOnly());
    }

    private static string Number(double value) => NumberText.Write(value, CultureInfo.InvariantCulture);

    private static string Range(ScoreRange range) =>
        double.IsNegativeInfinity(range.Min) ? $"at most {Number(range.Max)}"
        : double.IsPositiveInfinity(range.Max) ? $"at least {Number(range.Min)}"
        : $"between {Number(range.Min)} and {Number(range.Max)}";

    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}
