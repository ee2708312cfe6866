using System;
using System.Collections.Generic;
using InterviewRules.Engine;
using InterviewRules.Policies;

namespace InterviewRules.Article;

/// <summary>
/// §5 You Have No Idea What You Want: an interview is not an offer, and you may not yet know the job you would
/// love. Fires on the concern <c>notInterested</c>.
/// </summary>
public sealed class UnknownWantsRule : IScoringRule<InterviewScenario>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "unknown-wants";

    /// <summary>The default weight.</summary>
    public const double DefaultWeight = 1.5;

    private static readonly Func<Finding, string> Explain = Explanation;

    private static readonly string[] AdviceItems =
        ["Use the interview to learn what the people you would work with are like; that matters more than anything in the job description (§5)."];

    private readonly double _weight;

    /// <summary>Creates the rule.</summary>
    /// <param name="weight">The weight of the finding, 0 to 100. The default value is 1.5.</param>
    public UnknownWantsRule(double weight = DefaultWeight)
    {
        _weight = Parameters[0].Check(RuleId, weight);
        Descriptor = new RuleDescriptor(RuleId, FindingKind.Reason, "You have no idea what you want", Sections.UnknownWants, WeightText.Signed(_weight));
    }

    /// <summary>Gets the parameters a policy can set: <c>weight</c>.</summary>
    public static IReadOnlyList<RuleParameter> Parameters { get; } = [new("weight", DefaultWeight, 0, 100, "The weight of the finding.")];

    /// <inheritdoc />
    public RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    public Finding? Evaluate(InterviewScenario facts)
    {
        if (!TryScore(facts, out var weight, out var veto))
        {
            return null;
        }

        Evidence[] evidence = [Facts.Concerns(facts)];
        return new Finding(Descriptor, weight, veto, evidence, Explain, AdviceItems);
    }

    /// <inheritdoc />
    public bool TryScore(InterviewScenario facts, out double weight, out bool veto)
    {
        ArgumentNullException.ThrowIfNull(facts);
        weight = _weight;
        veto = false;
        return facts.Has(Concern.NotInterested);
    }

    private static string Explanation(Finding finding) =>
        "You say you do not want this job, but taking an interview is not accepting an offer. "
        + "Job ads are short and often inaccurate, and like a kindergartner who can name only a handful of careers, you may not yet know the job you would love. "
        + "Talking with someone on the inside is the only way to learn what the people you would work with are like, and that matters more than anything in the listing.";
}
