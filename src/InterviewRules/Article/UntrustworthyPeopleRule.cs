using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;
using InterviewRules.Policies;

namespace InterviewRules.Article;

/// <summary>
/// The exception in §5: who you would work with is the most important thing about a job. Fires when the red flag
/// <c>untrustworthyLeadership</c> is known, with a veto. The article speaks of the job; vetoing the interview is this
/// library's inference, and the explanation says so.
/// </summary>
public sealed class UntrustworthyPeopleRule : IRule<InterviewScenario>, IPlanned<InterviewScenario>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "untrustworthy-people";

    private static readonly Func<Finding, CultureInfo, string> Explain = Explanation;

    private Plan? _plan;

    /// <summary>Creates the rule. It has no parameters: its finding always weighs 0 and vetoes.</summary>
    public UntrustworthyPeopleRule()
    {
        Descriptor = new RuleDescriptor(RuleId, FindingKind.Exception, Phrases.Rule(RuleId, "veto"));
    }

    /// <summary>Gets the parameters a policy can set: none.</summary>
    internal static IReadOnlyList<RuleParameter> Parameters { get; } = [];

    /// <inheritdoc />
    public RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    public Finding? Evaluate(InterviewScenario facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Decide(facts, out var decision) ? Describe(facts, decision) : null;
    }

    PlannedRule<InterviewScenario> IPlanned<InterviewScenario>.Plan => _plan ??= new Plan(this);

    private Finding Describe(InterviewScenario facts, in RuleDecision decision)
    {
        Evidence[] evidence = [Facts.RedFlags.Evidence(facts)];
        return new Finding(Descriptor, decision.Weight, decision.Veto, evidence, Explain);
    }

    private static bool Decide(InterviewScenario facts, out RuleDecision decision)
    {
        decision = new RuleDecision(0, true);
        return facts.Has(RedFlag.UntrustworthyLeadership);
    }

    private static string Explanation(Finding finding, CultureInfo culture) =>
        Texts.Get(RuleId + ".explanation", culture);

    /// <summary>The evaluator's direct line to this rule's logic.</summary>
    private sealed class Plan(UntrustworthyPeopleRule rule) : PlannedRule<InterviewScenario>
    {
        public override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision) => UntrustworthyPeopleRule.Decide(facts, out decision);

        public override Finding Describe(InterviewScenario facts, in RuleDecision decision) => rule.Describe(facts, decision);
    }
}
