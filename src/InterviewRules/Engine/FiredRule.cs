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
