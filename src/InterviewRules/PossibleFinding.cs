using System.Collections.Generic;

namespace InterviewRules;

/// <summary>A rule that fires in some completions of what is known and not in others, with the unknown facts that decide it.</summary>
public sealed class PossibleFinding
{
    internal PossibleFinding(string ruleId, ScoreRange weightRange, IReadOnlyList<string> dependsOn)
    {
        RuleId = ruleId;
        WeightRange = weightRange;
        DependsOn = dependsOn;
    }

    /// <summary>Gets the rule's id.</summary>
    public string RuleId { get; }

    /// <summary>Gets the least and greatest weight of its finding where it fires.</summary>
    public ScoreRange WeightRange { get; }

    /// <summary>Gets the unknown item facts whose value, the others held, decides whether it fires, in item order.</summary>
    public IReadOnlyList<string> DependsOn { get; }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {WeightRange} if {string.Join(", ", DependsOn)}";
}
