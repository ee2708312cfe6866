using System;
using System.Collections.Generic;

namespace InterviewRules.Engine;

/// <summary>The canonical order of findings: vetoes first, then by absolute weight descending, then by rule id (ordinal).</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    private FindingOrder()
    {
    }

    /// <summary>Gets the comparer.</summary>
    public static FindingOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return 1;
        }

        if (y is null)
        {
            return -1;
        }

        if (x.Veto != y.Veto || Math.Abs(x.Weight) != Math.Abs(y.Weight))
        {
            return Before(x.Veto, x.Weight, 0, y.Veto, y.Weight, 0) ? -1 : 1;
        }

        return string.CompareOrdinal(x.RuleId, y.RuleId);
    }

    /// <summary>
    /// The one definition of canonical order, on the keys alone: vetoes first, then the larger absolute weight,
    /// then the smaller rank (a rule's place in ordinal id order). Used wherever findings or fired rules are ordered.
    /// </summary>
    internal static bool Before(bool vetoA, double weightA, int rankA, bool vetoB, double weightB, int rankB)
    {
        if (vetoA != vetoB)
        {
            return vetoA;
        }

        var a = Math.Abs(weightA);
        var b = Math.Abs(weightB);
        return a != b ? a > b : rankA < rankB;
    }
}
