namespace InterviewRules.Engine;

/// <summary>
/// A rule that fired, before its finding is built: which rule, its weight and veto, and the finding itself when
/// the rule could only say so by building it. Findings of scoring rules are built when first read.
/// </summary>
internal readonly struct FiredRule(int rule, double weight, bool veto, Finding? finding)
{
    public readonly int Rule = rule;
    public readonly double Weight = weight;
    public readonly bool Veto = veto;
    public readonly Finding? Finding = finding;
}

/// <summary>Builds the finding of a rule that fired, from the facts it fired on; implemented by each evaluator.</summary>
internal interface IFindingSource
{
    string IdOf(int rule);

    Finding Materialize(object facts, in FiredRule fired);
}

/// <summary>
/// A per-thread buffer for the rules that fired, reused across evaluations. Non-generic on purpose: a thread-static
/// field of a generic class over a reference type is looked up through the generic dictionary on every access.
/// </summary>
internal static class Scratch
{
    [System.ThreadStatic]
    private static FiredRule[]? s_buffer;

    public static FiredRule[] Get(int length) =>
        s_buffer is { } buffer && buffer.Length >= length ? buffer : s_buffer = new FiredRule[System.Math.Max(16, length)];
}
