using System.Collections.Generic;
using InterviewRules.Engine;

namespace InterviewRules.Assessing;

/// <summary>What the assessor found over every completion of what is known.</summary>
internal sealed class Analysis
{
    private readonly int[] _fires;
    private readonly int[] _notFires;
    private readonly double[] _minWeight;
    private readonly double[] _maxWeight;

    public Analysis(int rules)
    {
        _fires = new int[rules];
        _notFires = new int[rules];
        _minWeight = new double[rules];
        _maxWeight = new double[rules];
        System.Array.Fill(_minWeight, double.PositiveInfinity);
        System.Array.Fill(_maxWeight, double.NegativeInfinity);
    }

    /// <summary>Gets whether what is not known hides from the assessor what some rule reads (or the work bound was passed).</summary>
    public bool IsUndetermined { get; private init; }

    /// <summary>Gets the rules whose facts are hidden.</summary>
    public IReadOnlyList<string> OpaqueRules { get; private init; } = [];

    /// <summary>Gets why the answer is undetermined when it is the work bound.</summary>
    public string? Reason { get; private init; }

    /// <summary>Gets the first completion (known values, and a value of each unknown item's first class).</summary>
    public Completion Basis { get; init; } = null!;

    public bool CanAccept { get; set; }

    public bool CanDecline { get; set; }

    public double Min { get; set; }

    public double Max { get; set; }

    /// <summary>Gets the unknown items whose value changes the decision for some values of the others, in item order.</summary>
    public List<Item> Relevant { get; } = [];

    /// <summary>Gets whether every completion gets the same decision.</summary>
    public bool IsSettled => !IsUndetermined && CanAccept != CanDecline;

    /// <summary>Gets the decision when settled.</summary>
    public Verdict? Decision => IsSettled ? (CanAccept ? Verdict.Accept : Verdict.Decline) : null;

    public static Analysis Undetermined(IReadOnlyList<string> opaque, string? reason) => new(0) { IsUndetermined = true, OpaqueRules = opaque, Reason = reason };

    /// <summary>Notes whether a rule fired in one completion of its group, and with what weight.</summary>
    public void Record(int rule, bool fires, double weight)
    {
        if (fires)
        {
            _fires[rule]++;
            _minWeight[rule] = System.Math.Min(_minWeight[rule], weight);
            _maxWeight[rule] = System.Math.Max(_maxWeight[rule], weight);
        }
        else
        {
            _notFires[rule]++;
        }
    }

    /// <summary>Whether the rule fires in every completion.</summary>
    public bool AlwaysFires(int rule) => _fires[rule] > 0 && _notFires[rule] == 0;

    /// <summary>Whether the rule fires in some completions only.</summary>
    public bool SometimesFires(int rule) => _fires[rule] > 0 && _notFires[rule] > 0;

    /// <summary>The least and greatest weight of the rule's finding where it fires.</summary>
    public (double Min, double Max) WeightRange(int rule) => (_minWeight[rule] == 0 ? 0 : _minWeight[rule], _maxWeight[rule] == 0 ? 0 : _maxWeight[rule]);
}
