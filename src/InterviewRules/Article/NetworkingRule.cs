using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;
using InterviewRules.Policies;

namespace InterviewRules.Article;

/// <summary>
/// §3 Networking Is Good: whoever interviews you is a contact worth having. Always fires; it also answers the
/// concern that the job is in the wrong industry, since people and skills move between industries.
/// </summary>
public sealed class NetworkingRule : PlannedRule<InterviewScenario>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "networking";

    /// <summary>The default weight.</summary>
    public const double DefaultWeight = 2;

    private static readonly Func<Finding, CultureInfo, string> Explain = Explanation;


    private readonly double _weight;

    /// <summary>Creates the rule.</summary>
    /// <param name="weight">The weight of the finding, 0 to 100. The default value is 2.</param>
    public NetworkingRule(double weight = DefaultWeight)
    {
        _weight = Parameters[0].Check(RuleId, weight);
        Descriptor = new RuleDescriptor(RuleId, FindingKind.Reason, Phrases.Rule(RuleId, _weight));
    }

    /// <summary>Gets the parameters a policy can set: <c>weight</c>.</summary>
    internal static IReadOnlyList<RuleParameter> Parameters { get; } = [new("weight", DefaultWeight, 0, 100, "The weight of the finding.")];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; }

    internal override Finding Describe(InterviewScenario facts, in RuleDecision decision)
    {
        Evidence[] evidence = facts.Has(Concern.WrongIndustry)
            ? [Facts.Interviewer.Evidence(facts), Facts.Industry.Evidence(facts), Facts.Concerns.Evidence(facts)]
            : [Facts.Interviewer.Evidence(facts)];
        return new Finding(Descriptor, decision.Weight, false, evidence, Explain);
    }

    internal override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision)
    {
        decision = new RuleDecision(_weight, false);
        return true;
    }

    private static string Explanation(Finding finding, CultureInfo culture)
    {
        var interviewer = Phrases.Interviewer(Facts.Get(finding, Facts.Interviewer.Path).Text, culture);
        var text = Texts.Format(RuleId + ".explanation", culture, interviewer);
        if (finding.TryGetEvidence(Facts.Industry.Path, out var industry))
        {
            text += " " + Texts.Format(RuleId + ".industry", culture, industry.Text ?? Texts.Get(RuleId + ".someIndustry", culture));
        }

        return text;
    }
}
