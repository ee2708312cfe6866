using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// §1 You Need Practice: interviewing is a skill that improves with repetition. Fires when the candidate is early
/// in their career or has interviewed little in the last year.
/// </summary>
public sealed class NeedPracticeRule : PlannedRule<InterviewScenario>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "need-practice";

    /// <summary>The default weight.</summary>
    public const double DefaultWeight = 2;

    /// <summary>The default experience threshold, in years.</summary>
    public const double DefaultYearsOfExperienceBelow = 3;

    /// <summary>The default interview-count threshold.</summary>
    public const double DefaultInterviewsInLastYearBelow = 2;

    private static readonly Func<Finding, CultureInfo, string> Explain = Explanation;


    private readonly double _weight;
    private readonly double _yearsBelow;
    private readonly double _interviewsBelow;

    /// <summary>Creates the rule with the catalogue's defaults.</summary>
    public NeedPracticeRule()
        : this(new NeedPracticeOptions())
    {
    }

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The parameters; checked all at once (every problem named in one error) and copied.</param>
    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public NeedPracticeRule(NeedPracticeOptions options)
        : this(RuleParameter.CheckAll(RuleId, Parameters, Values(options ?? throw new ArgumentNullException(nameof(options))), nameof(options)))
    {
    }

    /// <summary>Creates the rule from parameter values already checked, in the order of <see cref="Parameters"/>.</summary>
    internal NeedPracticeRule(double[] values)
    {
        _weight = values[0];
        _yearsBelow = values[1];
        _interviewsBelow = values[2];
        Descriptor = new RuleDescriptor(RuleId, FindingKind.Reason, Phrases.Rule(RuleId, _weight));
    }

    // The options in the order of Parameters: the one place an option meets its position.
    internal static double[] Values(NeedPracticeOptions options) => [options.Weight, options.YearsOfExperienceBelow, options.InterviewsInLastYearBelow];

    /// <summary>Gets the parameters a policy can set: <c>weight</c>, <c>yearsOfExperienceBelow</c>, <c>interviewsInLastYearBelow</c>.</summary>
    internal static IReadOnlyList<RuleParameter> Parameters { get; } =
    [
        new("weight", DefaultWeight, 0, 100, "The weight of the finding."),
        new("yearsOfExperienceBelow", DefaultYearsOfExperienceBelow, 0, 70, "Fires when candidate.yearsOfExperience is below this."),
        new("interviewsInLastYearBelow", DefaultInterviewsInLastYearBelow, 0, 1000, "Fires when candidate.interviewsInLastYear is below this."),
    ];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    internal override double[] Weights => [_weight];

    internal override Finding Describe(InterviewScenario facts, in RuleDecision decision)
    {
        Evidence[] evidence = [Facts.YearsOfExperience.Evidence(facts), Facts.InterviewsInLastYear.Evidence(facts)];
        return new Finding(Descriptor, decision.Weight, false, evidence, Explain);
    }

    // Small and called once per scenario from InterviewPlan.Score, where inlining it matters.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision)
    {
        decision = new RuleDecision(_weight, false);
        return facts.Candidate.YearsOfExperience < _yearsBelow || facts.Candidate.InterviewsInLastYear < _interviewsBelow;
    }

    private static string Explanation(Finding finding, CultureInfo culture)
    {
        var years = Facts.Get(finding, Facts.YearsOfExperience.Path).Number;
        var interviews = Facts.Get(finding, Facts.InterviewsInLastYear.Path).Number;
        // No experience reads as words, not as "0 years".
        var situation = years == 0
            ? Texts.Format(RuleId + ".situationNew", culture, Phrases.Interviews(interviews, culture))
            : Texts.Format(RuleId + ".situation", culture, Texts.Count(years, "year", culture), Phrases.Interviews(interviews, culture));
        return string.Concat(situation, " ", Texts.Get(RuleId + ".why", culture));
    }
}
