using System.Collections.Generic;

namespace InterviewRules.PolicyLoop;

/// <summary>How one policy test case came out: passed, or each failure with what was expected and what came.</summary>
public sealed class PolicyCaseResult
{
    internal PolicyCaseResult(PolicyTestCase testCase, IReadOnlyList<string> failures, string actual, Recommendation? recommendation, Assessment? assessment)
    {
        Case = testCase;
        Failures = failures;
        Actual = actual;
        Recommendation = recommendation;
        Assessment = assessment;
    }

    /// <summary>Gets the case.</summary>
    public PolicyTestCase Case { get; }

    /// <summary>Gets the case's name.</summary>
    public string Name => Case.Name;

    /// <summary>Gets whether every expectation held.</summary>
    public bool Passed => Failures.Count == 0;

    /// <summary>Gets each failed expectation as a sentence: <c>decision: expected accept, got decline (score -0.5).</c></summary>
    public IReadOnlyList<string> Failures { get; }

    /// <summary>Gets what came, in one line: <c>decision decline; score -0.5; fires networking, low-cost</c>.</summary>
    public string Actual { get; }

    /// <summary>Gets the recommendation of an evaluated case.</summary>
    public Recommendation? Recommendation { get; }

    /// <summary>Gets the assessment of an assessed case.</summary>
    public Assessment? Assessment { get; }

    /// <summary>Writes <c>PASS name</c>, or <c>FAIL name</c> with each failure.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Passed ? $"PASS {Name}" : $"FAIL {Name}: {string.Join(" ", Failures)} Expected {Case.Expect}; got {Actual}.";
}
