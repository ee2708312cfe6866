using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewRules.Engine;

namespace InterviewRules.Article;

/// <summary>
/// The article's eleven rules — one per reason, counter-reason, exception and cost — by id, and each as a rule object
/// with its parameters (for code that composes its own rule set; a policy is the usual way to tune them).
/// </summary>
/// <example><code>var practice = ArticleRules.NeedPractice(new NeedPracticeOptions { Weight = 3 });</code></example>
public static class ArticleRules
{
    /// <summary>The id of §1, You Need Practice.</summary>
    public const string NeedPracticeId = NeedPracticeRule.Id;

    /// <summary>The id of §2, You Might Not Get Your First Choice.</summary>
    public const string PlanBId = PlanBRule.Id;

    /// <summary>The id of §3, Networking Is Good.</summary>
    public const string NetworkingId = NetworkingRule.Id;

    /// <summary>The id of §4, It Will Sharpen Your Instincts.</summary>
    public const string SharpenInstinctsId = SharpenInstinctsRule.Id;

    /// <summary>The id of §5, You Have No Idea What You Want.</summary>
    public const string UnknownWantsId = UnknownWantsRule.Id;

    /// <summary>The id of the counter-reason "afraid of leading them on".</summary>
    public const string LeadingOnId = LeadingOnRule.Id;

    /// <summary>The id of the counter-reason "too busy for all these interviews".</summary>
    public const string TooBusyId = TooBusyRule.Id;

    /// <summary>The id of the counter-reason "so much potential rejection".</summary>
    public const string FearOfRejectionId = FearOfRejectionRule.Id;

    /// <summary>The id of the exception of §4: detailed evidence against the people.</summary>
    public const string ConcreteRedFlagsId = ConcreteRedFlagsRule.Id;

    /// <summary>The id of the exception of §5: people you cannot trust.</summary>
    public const string UntrustworthyPeopleId = UntrustworthyPeopleRule.Id;

    /// <summary>The id of the closing: low cost, high reward.</summary>
    public const string LowCostId = LowCostRule.Id;

    /// <summary>Gets the eleven rule definitions, in the article's order.</summary>
    internal static IReadOnlyList<RuleDefinition> Definitions { get; } =
    [
        new(NeedPracticeRule.Parameters, NeedPracticeRule.Create),
        new(PlanBRule.Parameters, PlanBRule.Create),
        new(NetworkingRule.Parameters, NetworkingRule.Create),
        new(SharpenInstinctsRule.Parameters, SharpenInstinctsRule.Create),
        new(UnknownWantsRule.Parameters, UnknownWantsRule.Create),
        new(LeadingOnRule.Parameters, LeadingOnRule.Create),
        new(TooBusyRule.Parameters, TooBusyRule.Create),
        new(FearOfRejectionRule.Parameters, FearOfRejectionRule.Create),
        new(ConcreteRedFlagsRule.Parameters, ConcreteRedFlagsRule.Create),
        new(UntrustworthyPeopleRule.Parameters, UntrustworthyPeopleRule.Create),
        new(LowCostRule.Parameters, LowCostRule.Create),
    ];

    /// <summary>Gets the ids of the eleven rules, in the article's order.</summary>
    public static IReadOnlyList<string> Ids { get; } = ReadOnlyArray<string>.Own([.. Definitions.Select(d => d.Id)]);

    /// <summary>§1: fires for someone early in their career or out of interview practice.</summary>
    /// <param name="options">The parameters; <see langword="null"/> for the defaults. Checked all at once and copied.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">A parameter is out of range (every problem is named).</exception>
    public static IRule<InterviewScenario> NeedPractice(NeedPracticeOptions? options = null) =>
        Create(NeedPracticeId, NeedPracticeRule.Values(options ?? new()), nameof(options));

    /// <summary>§2: fires for an active searcher with few other opportunities, or someone waiting on a first choice.</summary>
    /// <param name="options">The parameters; <see langword="null"/> for the defaults. Checked all at once and copied.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">A parameter is out of range (every problem is named).</exception>
    public static IRule<InterviewScenario> PlanB(PlanBOptions? options = null) =>
        Create(PlanBId, PlanBRule.Values(options ?? new()), nameof(options));

    /// <summary>The closing: favours a cheap interview, weighs against a long day for someone not looking.</summary>
    /// <param name="options">The parameters; <see langword="null"/> for the defaults. Checked all at once and copied.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">A parameter is out of range (every problem is named).</exception>
    public static IRule<InterviewScenario> LowCost(LowCostOptions? options = null) =>
        Create(LowCostId, LowCostRule.Values(options ?? new()), nameof(options));

    /// <summary>§3: always fires; every interviewer is a contact worth having.</summary>
    /// <param name="options">The weight; <see langword="null"/> for the default.</param>
    /// <returns>The rule.</returns>
    public static IRule<InterviewScenario> Networking(RuleWeightOptions? options = null) => WithWeight(NetworkingId, options);

    /// <summary>§4: a vague bad feeling or a rumour, and no detailed red flag: go and find out.</summary>
    /// <param name="options">The weight; <see langword="null"/> for the default.</param>
    /// <returns>The rule.</returns>
    public static IRule<InterviewScenario> SharpenInstincts(RuleWeightOptions? options = null) => WithWeight(SharpenInstinctsId, options);

    /// <summary>§5: "I'm not even interested" — an interview is not an offer.</summary>
    /// <param name="options">The weight; <see langword="null"/> for the default.</param>
    /// <returns>The rule.</returns>
    public static IRule<InterviewScenario> UnknownWants(RuleWeightOptions? options = null) => WithWeight(UnknownWantsId, options);

    /// <summary>The counter-reason "afraid of leading them on", answered.</summary>
    /// <param name="options">The weight; <see langword="null"/> for the default.</param>
    /// <returns>The rule.</returns>
    public static IRule<InterviewScenario> LeadingOn(RuleWeightOptions? options = null) => WithWeight(LeadingOnId, options);

    /// <summary>The counter-reason "too busy", answered; it counts only for someone actively looking.</summary>
    /// <param name="options">The weight; <see langword="null"/> for the default.</param>
    /// <returns>The rule.</returns>
    public static IRule<InterviewScenario> TooBusy(RuleWeightOptions? options = null) => WithWeight(TooBusyId, options);

    /// <summary>The counter-reason "so much potential rejection", answered.</summary>
    /// <param name="options">The weight; <see langword="null"/> for the default.</param>
    /// <returns>The rule.</returns>
    public static IRule<InterviewScenario> FearOfRejection(RuleWeightOptions? options = null) => WithWeight(FearOfRejectionId, options);

    /// <summary>The exception of §4: weighs against the interview for each detailed red flag about the people.</summary>
    /// <param name="options">The weight per flag; <see langword="null"/> for the default.</param>
    /// <returns>The rule.</returns>
    public static IRule<InterviewScenario> ConcreteRedFlags(RuleWeightOptions? options = null) => WithWeight(ConcreteRedFlagsId, options);

    /// <summary>The exception of §5: vetoes when the leaders are known, in detail, not to be trustworthy.</summary>
    /// <returns>The rule.</returns>
    public static IRule<InterviewScenario> UntrustworthyPeople() => Find(UntrustworthyPeopleId)!.DefaultRule;

    /// <summary>Finds a definition by rule id.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    internal static RuleDefinition? Find(string ruleId)
    {
        foreach (var definition in Definitions)
        {
            if (string.Equals(definition.Id, ruleId, StringComparison.Ordinal))
            {
                return definition;
            }
        }

        return null;
    }

    /// <summary>Lists the rule ids, comma-separated, in the article's order, for sentences.</summary>
    internal static string IdList() => string.Join(", ", Ids);

    /// <summary>Creates a rule set with the article's eleven rules and their default parameters: a starting point for code that adds or removes rules.</summary>
    /// <returns>The rule set.</returns>
    internal static RuleSet<InterviewScenario> CreateDefaultRuleSet()
    {
        var builder = RuleSet<InterviewScenario>.CreateBuilder();
        foreach (var definition in Definitions)
        {
            builder.Add(definition.DefaultRule);
        }

        return builder.Build();
    }

    /// <summary>
    /// The entry of a rule that fires on one condition with one weight, always: most of the article's rules. Its
    /// words are its title and source in the texts, its weight summary the signed weight.
    /// </summary>
    internal static RuleEntry Simple(
        string id,
        FindingKind kind,
        Condition when,
        double weight,
        EvidenceItem[] evidence,
        Func<Finding, CultureInfo, string> explain,
        Func<CultureInfo, IReadOnlyList<string>>? advice = null)
    {
        var descriptor = new RuleDescriptor(id, kind, Phrases.Rule(id, weight));
        return new RuleEntry
        {
            Descriptor = descriptor,
            When = when,
            Parts = [new WeightPart(Condition.Always, weight)],
            Evidence = evidence,
            Words = new RuleWords(descriptor, explain),
            Advice = advice is null ? null : _ => advice,
        };
    }

    /// <summary>The rule's explanation when it is one text of the resources, whatever the facts.</summary>
    internal static Func<Finding, CultureInfo, string> Fixed(string id)
    {
        var key = id + ".explanation";
        return (_, culture) => Localization.Texts.Get(key, culture);
    }

    private static DeclaredRule Create(string ruleId, double[] values, string argumentName)
    {
        var definition = Find(ruleId)!;
        return definition.CreateChecked(RuleParameter.CheckAll(ruleId, definition.Parameters, values, argumentName));
    }

    private static DeclaredRule WithWeight(string ruleId, RuleWeightOptions? options) =>
        Create(ruleId, [options?.Weight ?? Find(ruleId)!.Parameters[0].Default], nameof(options));
}
