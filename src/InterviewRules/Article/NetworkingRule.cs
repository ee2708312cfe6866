using System;
using System.Collections.Generic;
using InterviewRules.Engine;
using InterviewRules.Policies;

namespace InterviewRules.Article;

/// <summary>
/// §3 Networking Is Good: whoever interviews you is a contact worth having. Always fires; it also answers the
/// concern that the job is in the wrong industry, since people and skills move between industries.
/// </summary>
public sealed class NetworkingRule : IScoringRule<InterviewScenario>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "networking";

    /// <summary>The default weight.</summary>
    public const double DefaultWeight = 2;

    private static readonly Func<Finding, string> Explain = Explanation;

    private readonly double _weight;

    /// <summary>Creates the rule.</summary>
    /// <param name="weight">The weight of the finding, 0 to 100. The default value is 2.</param>
    public NetworkingRule(double weight = DefaultWeight)
    {
        _weight = Parameters[0].Check(RuleId, weight);
        Descriptor = new RuleDescriptor(RuleId, FindingKind.Reason, "Networking is good", Sections.Networking, WeightText.Signed(_weight));
    }

    /// <summary>Gets the parameters a policy can set: <c>weight</c>.</summary>
    public static IReadOnlyList<RuleParameter> Parameters { get; } = [new("weight", DefaultWeight, 0, 100, "The weight of the finding.")];

    /// <inheritdoc />
    public RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    public Finding? Evaluate(InterviewScenario facts)
    {
        TryScore(facts, out var weight, out _);
        Evidence[] evidence = facts.Has(Concern.WrongIndustry)
            ? [Facts.Interviewer(facts), Facts.Industry(facts), Facts.Concerns(facts)]
            : [Facts.Interviewer(facts)];
        return new Finding(Descriptor, weight, false, evidence, Explain);
    }

    /// <inheritdoc />
    public bool TryScore(InterviewScenario facts, out double weight, out bool veto)
    {
        ArgumentNullException.ThrowIfNull(facts);
        weight = _weight;
        veto = false;
        return true;
    }

    private static string Explanation(Finding finding)
    {
        var interviewer = Phrases.Interviewer(Facts.Get(finding, FactPaths.Interviewer).Text);
        var text = $"The person interviewing you, {interviewer}, is worth knowing whatever their role: people who conduct interviews are trusted with hiring, "
            + "know what their own and other companies need, and talk to a great many people. "
            + "Leave them with a good impression and the contact can open doors for years, even if you never want this particular job.";
        if (finding.TryGetEvidence(FactPaths.Industry, out var industry))
        {
            text += $" You would rather not work in {industry.Text ?? "this industry"}, but people and skills move between industries: "
                + "the article's author recruited in finance and later in medical sales, and would have been a useful contact for the candidates who turned him down.";
        }

        return text;
    }
}
