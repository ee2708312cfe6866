using System;
using System.Collections.Generic;

namespace InterviewRules.Engine;

/// <summary>The canonical order of findings: vetoes first, then by absolute weight descending, then by rule id (ordinal).</summary>
public sealed class FindingOrder : IComparer<Finding>
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

        if (x.Veto != y.Veto)
        {
            return x.Veto ? -1 : 1;
        }

        var byWeight = Math.Abs(y.Weight).CompareTo(Math.Abs(x.Weight));
        return byWeight != 0 ? byWeight : string.CompareOrdinal(x.RuleId, y.RuleId);
    }
}
