using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

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

    /// <summary>Creates the rule with the catalogue's defaults.</summary>
    public NetworkingRule()
        : this(new RuleWeightOptions())
    {
    }

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The parameters; checked all at once (every problem named in one error) and copied.</param>
    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public NetworkingRule(RuleWeightOptions options)
        : this(RuleParameter.CheckAll(RuleId, Parameters, Values(options ?? throw new ArgumentNullException(nameof(options))), nameof(options)))
    {
    }

    /// <summary>Creates the rule from parameter values already checked, in the order of <see cref="Parameters"/>.</summary>
    internal NetworkingRule(double[] values)
    {
        _weight = values[0];
        Descriptor = new RuleDescriptor(RuleId, FindingKind.Reason, Phrases.Rule(RuleId, _weight));
    }

    // The options in the order of Parameters: the one place an option meets its position.
    private static double[] Values(RuleWeightOptions options) => [options.Weight ?? DefaultWeight];

    /// <summary>Gets the parameters a policy can set: <c>weight</c>.</summary>
    internal static IReadOnlyList<RuleParameter> Parameters { get; } = [new("weight", DefaultWeight, 0, 100, "The weight of the finding.")];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    internal override double[] Weights => [_weight];

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
        return finding.TryGetEvidence(Facts.Industry.Path, out var industry)
            ? string.Concat(text, " ", Texts.Format(RuleId + ".industry", culture, industry.Text is { } named ? Texts.Format(RuleId + ".namedIndustry", culture, named) : Texts.Get(RuleId + ".someIndustry", culture)))
            : text;
    }
}
