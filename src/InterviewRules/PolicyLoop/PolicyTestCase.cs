using System;

namespace InterviewRules.PolicyLoop;

/// <summary>
/// One case of a policy's tests: a scenario evaluated in full, or a partial scenario assessed (design.md, "Policy tests
/// and impact"), with what is expected of it.
/// </summary>
public sealed class PolicyTestCase
{
    /// <summary>Creates a case that evaluates a scenario.</summary>
    /// <param name="name">The case's name, for people.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="expect">What is expected; nothing when <see langword="null"/>.</param>
    public PolicyTestCase(string name, InterviewScenario scenario, PolicyExpectation? expect = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(scenario);
        Name = name;
        Scenario = scenario;
        Expect = expect ?? PolicyExpectation.None;
    }

    /// <summary>Creates a case that assesses a partial scenario (what is known so far).</summary>
    /// <param name="name">The case's name, for people.</param>
    /// <param name="scenario">What is known.</param>
    /// <param name="expect">What is expected; nothing when <see langword="null"/>.</param>
    public PolicyTestCase(string name, PartialScenario scenario, PolicyExpectation? expect = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(scenario);
        Name = name;
        Partial = scenario;
        Expect = expect ?? PolicyExpectation.None;
    }

    /// <summary>Gets the case's name.</summary>
    public string Name { get; }

    /// <summary>Gets the scenario evaluated, or <see langword="null"/> for an assessed case.</summary>
    public InterviewScenario? Scenario { get; }

    /// <summary>Gets the partial scenario assessed, or <see langword="null"/> for an evaluated case.</summary>
    public PartialScenario? Partial { get; }

    /// <summary>Gets whether the case assesses a partial scenario.</summary>
    public bool IsAssessed => Partial is not null;

    /// <summary>Gets what is expected.</summary>
    public PolicyExpectation Expect { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: expects {Expect}";
}
