using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// The exception in §5: who you would work with is the most important thing about a job. Fires when the red flag
/// <c>untrustworthyLeadership</c> is known, with a veto. The article speaks of the job; vetoing the interview is this
/// library's inference, and the explanation says so.
/// </summary>
public sealed class UntrustworthyPeopleRule : PlannedRule<InterviewScenario>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "untrustworthy-people";

    private static readonly Func<Finding, CultureInfo, string> Explain = Explanation;


    /// <summary>Creates the rule. It has no parameters: its finding always weighs 0 and vetoes.</summary>
    public UntrustworthyPeopleRule()
    {
        Descriptor = new RuleDescriptor(RuleId, FindingKind.Exception, Phrases.Rule(RuleId, "veto"));
    }

    /// <summary>Gets the parameters a policy can set: none.</summary>
    internal static IReadOnlyList<RuleParameter> Parameters { get; } = [];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    internal override double[] Weights => [];

    internal override Finding Describe(InterviewScenario facts, in RuleDecision decision)
    {
        Evidence[] evidence = [Facts.RedFlags.Evidence(facts)];
        return new Finding(Descriptor, decision.Weight, decision.Veto, evidence, Explain);
    }

    internal override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision)
    {
        decision = new RuleDecision(0, true);
        return facts.Has(RedFlag.UntrustworthyLeadership);
    }

    private static string Explanation(Finding finding, CultureInfo culture) =>
        Texts.Get(RuleId + ".explanation", culture);
}
