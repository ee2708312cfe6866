using System.Globalization;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace InterviewRules.PolicyLoop;

/// <summary>The outcome of a policy's tests: each case's result, the counts, and the coverage when it was asked for.</summary>
public sealed class PolicyTestResult
{
    internal PolicyTestResult(PolicyIdentity policy, IReadOnlyList<PolicyCaseResult> cases, PolicyCoverage? coverage)
    {
        Policy = policy;
        Cases = cases;
        Coverage = coverage;
        Passed = cases.Count(c => c.Passed);
    }

    /// <summary>Gets the identity of the policy tested.</summary>
    public PolicyIdentity Policy { get; }

    /// <summary>Gets each case's result, in order.</summary>
    public IReadOnlyList<PolicyCaseResult> Cases { get; }

    /// <summary>Gets how many cases passed.</summary>
    public int Passed { get; }

    /// <summary>Gets how many cases failed.</summary>
    public int Failed => Cases.Count - Passed;

    /// <summary>Gets whether every case passed.</summary>
    public bool AllPassed => Failed == 0;

    /// <summary>Gets the coverage, or <see langword="null"/> when it was not asked for.</summary>
    public PolicyCoverage? Coverage { get; }

    /// <summary>Writes each case's result, the counts and the coverage.</summary>
    /// <returns>The text, lines ending with a newline.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var result in Cases)
        {
            text.Append("  ").Append(result).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"{Passed} passed, {Failed} failed ({Policy.Name} {Policy.Version}).\n");
        if (Coverage is not null)
        {
            text.Append(Coverage);
        }

        return text.ToString();
    }
}
