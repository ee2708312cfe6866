using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// §4 It Will Sharpen Your Instincts: a vague bad feeling is no reason to stay home; going tells you whether it
/// was right and why. Hearsay sits on the same side of the article's line as a feeling: it is not the detailed
/// picture that counts against a job, so it too is a reason to go and find out. Fires on the concern
/// <c>vagueBadFeeling</c> or on any rumour, when no red flag is known in detail; its advice says what to ask to
/// test each rumour.
/// </summary>
public sealed class SharpenInstinctsRule : PlannedRule<InterviewScenario>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "sharpen-instincts";

    /// <summary>The default weight.</summary>
    public const double DefaultWeight = 1.5;

    private static readonly Func<Finding, CultureInfo, string> Explain = Explanation;

    private static readonly Func<CultureInfo, IReadOnlyList<string>> FeelingAdvice = Phrases.Advice(RuleId, 1);

    private readonly double _weight;

    /// <summary>Creates the rule with the catalogue's defaults.</summary>
    public SharpenInstinctsRule()
        : this(new RuleWeightOptions())
    {
    }

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The parameters; checked all at once (every problem named in one error) and copied.</param>
    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public SharpenInstinctsRule(RuleWeightOptions options)
        : this(RuleParameter.CheckAll(RuleId, Parameters, Values(options ?? throw new ArgumentNullException(nameof(options))), nameof(options)))
    {
    }

    /// <summary>Creates the rule from parameter values already checked, in the order of <see cref="Parameters"/>.</summary>
    internal SharpenInstinctsRule(double[] values)
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
        Evidence[] evidence = [Facts.Concerns.Evidence(facts), Facts.RedFlags.Evidence(facts), Facts.Rumours.Evidence(facts)];
        if (!facts.HasRumours)
        {
            return new Finding(Descriptor, decision.Weight, decision.Veto, evidence, Explain, FeelingAdvice);
        }

        var feeling = facts.Has(Concern.VagueBadFeeling);
        var rumours = facts.RumourNames;
        return new Finding(Descriptor, decision.Weight, decision.Veto, evidence, Explain, culture => Advice(feeling, rumours, culture));
    }

    internal override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision)
    {
        decision = new RuleDecision(_weight, false);
        return (facts.Has(Concern.VagueBadFeeling) || facts.HasRumours) && !facts.HasRedFlags;
    }

    private static ReadOnlyArray<string> Advice(bool feeling, IReadOnlyList<string> rumours, CultureInfo culture)
    {
        var advice = new List<string>(rumours.Count + 1);
        if (feeling)
        {
            advice.AddRange(FeelingAdvice(culture));
        }

        foreach (var rumour in rumours)
        {
            advice.Add(Phrases.RumourQuestion(rumour, culture));
        }

        return ReadOnlyArray<string>.Own([.. advice]);
    }

    private static string Explanation(Finding finding, CultureInfo culture)
    {
        var feeling = Facts.Get(finding, Facts.Concerns.Path).Items.Contains(Facts.ConcernNames.Of(Concern.VagueBadFeeling));
        var rumours = Facts.Get(finding, Facts.Rumours.Path).Items;
        if (rumours.Count == 0)
        {
            return Texts.Get(RuleId + ".explanation", culture);
        }

        var heard = Phrases.List(rumours, Phrases.RedFlag, culture);
        return Texts.Format(feeling ? RuleId + ".feelingAndRumours" : RuleId + ".rumours", culture, heard) + " " + Texts.Get(RuleId + ".rumoursWhy", culture);
    }
}
