namespace InterviewRules.Engine;

/// <summary>
/// One rule that fired, as recorded during the one evaluation: which rule (its position in the rule set), what
/// it decided, and for a rule written in code the index of the finding it returned. Holds no reference, so a
/// buffer of them can live on the stack: evaluation is re-entrant.
/// </summary>
internal readonly struct Fired(int rule, in RuleDecision decision)
{
    public readonly int Rule = rule;
    public readonly RuleDecision Decision = decision;
}

/// <summary>Builds the findings of what an evaluator recorded; implemented by each evaluator.</summary>
internal interface IFindingSource
{
    string IdOf(int rule);

    Finding Describe(object facts, in Fired fired, Finding[]? codeFindings);
}
