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
public sealed class UntrustworthyPeopleRule : IScoringRule<InterviewScenario>
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
    public static IReadOnlyList<RuleParameter> Parameters { get; } = [];

    /// <inheritdoc />
    public RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    public Finding? Evaluate(InterviewScenario facts)
    {
        if (!TryScore(facts, out var weight, out var veto))
        {
            return null;
        }

        Evidence[] evidence = [Facts.RedFlags.Evidence(facts)];
        return new Finding(Descriptor, weight, veto, evidence, Explain);
    }

    /// <inheritdoc />
    public bool TryScore(InterviewScenario facts, out double weight, out bool veto)
    {
        ArgumentNullException.ThrowIfNull(facts);
        weight = 0;
        veto = true;
        return facts.Has(RedFlag.UntrustworthyLeadership);
    }

    private static string Explanation(Finding finding, CultureInfo culture) =>
        Texts.Get(RuleId + ".explanation", culture);
}
