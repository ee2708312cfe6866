using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// The exception in §4's example: a detailed picture of the people (negative management, conflict between leadership
/// and staff, high turnover, a hostile culture) justifies turning a job down, where a vague feeling does not. Fires
/// when one or more of those red flags
/// are known, weighing against the interview per flag. The article speaks of the job; weighing it against the
/// interview is this library's inference, and the explanation says so.
/// </summary>
public sealed class ConcreteRedFlagsRule : PlannedRule<InterviewScenario>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "concrete-red-flags";

    /// <summary>The default weight per red flag (a magnitude; the finding's weight is negative).</summary>
    public const double DefaultWeightPerFlag = 3;

    private static readonly Func<Finding, CultureInfo, string> Explain = Explanation;


    private readonly double _weightPerFlag;

    /// <summary>Creates the rule with the catalogue's defaults.</summary>
    public ConcreteRedFlagsRule()
        : this(new RuleWeightOptions())
    {
    }

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The parameters; checked all at once (every problem named in one error) and copied.</param>
    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public ConcreteRedFlagsRule(RuleWeightOptions options)
        : this(RuleParameter.CheckAll(RuleId, Parameters, Values(options ?? throw new ArgumentNullException(nameof(options))), nameof(options)))
    {
    }

    /// <summary>Creates the rule from parameter values already checked, in the order of <see cref="Parameters"/>.</summary>
    internal ConcreteRedFlagsRule(double[] values)
    {
        _weightPerFlag = values[0];
        Descriptor = new RuleDescriptor(RuleId, FindingKind.Exception, Phrases.Rule(RuleId, RuleId + ".weightSummary", -_weightPerFlag));
    }

    // The options in the order of Parameters: the one place an option meets its position.
    private static double[] Values(RuleWeightOptions options) => [options.Weight ?? DefaultWeightPerFlag];

    /// <summary>Gets the parameters a policy can set: <c>weightPerFlag</c>.</summary>
    internal static IReadOnlyList<RuleParameter> Parameters { get; } =
        [new("weightPerFlag", DefaultWeightPerFlag, 0, 100, "The weight against the interview for each of negativeManagement, leadershipConflict, highTurnover, hostileCulture.")];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    internal override double[] Weights => [_weightPerFlag];

    internal override Finding Describe(InterviewScenario facts, in RuleDecision decision)
    {
        Evidence[] evidence = [Facts.RedFlags.Evidence(facts)];
        return new Finding(Descriptor, decision.Weight, decision.Veto, evidence, Explain);
    }

    // Small and called once per scenario from InterviewPlan.Score, where inlining it matters.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision)
    {
        var count = Flag(facts, RedFlag.NegativeManagement) + Flag(facts, RedFlag.LeadershipConflict) + Flag(facts, RedFlag.HighTurnover) + Flag(facts, RedFlag.HostileCulture);
        decision = new RuleDecision(-_weightPerFlag * count, false);
        return count > 0;
    }

    private static int Flag(InterviewScenario facts, RedFlag flag) => facts.Has(flag) ? 1 : 0;

    private static string Explanation(Finding finding, CultureInfo culture)
    {
        var flags = new List<string>();
        foreach (var flag in Facts.Get(finding, Facts.RedFlags.Path).Items)
        {
            if (flag != ContractNames.Of(RedFlag.UntrustworthyLeadership))
            {
                flags.Add(Phrases.RedFlag(flag, culture));
            }
        }

        return Texts.Format(RuleId + ".explanation", culture, Texts.Count(flags.Count, "redFlag", culture), string.Join("; ", flags), WeightText.NumberFor(-finding.Weight, culture));
    }
}
