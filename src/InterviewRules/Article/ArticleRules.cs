using System;
using System.Collections.Generic;
using InterviewRules.Engine;

namespace InterviewRules.Article;

/// <summary>The article's rule pack: one definition per reason, counter-reason, exception and cost, in the article's order.</summary>
internal static class ArticleRules
{
    /// <summary>Gets the eleven rule definitions, in the article's order.</summary>
    public static IReadOnlyList<RuleDefinition> Definitions { get; } =
    [
        new(NeedPracticeRule.Parameters, p => new NeedPracticeRule(p)),
        new(PlanBRule.Parameters, p => new PlanBRule(p)),
        new(NetworkingRule.Parameters, p => new NetworkingRule(p)),
        new(SharpenInstinctsRule.Parameters, p => new SharpenInstinctsRule(p)),
        new(UnknownWantsRule.Parameters, p => new UnknownWantsRule(p)),
        new(LeadingOnRule.Parameters, p => new LeadingOnRule(p)),
        new(TooBusyRule.Parameters, p => new TooBusyRule(p)),
        new(FearOfRejectionRule.Parameters, p => new FearOfRejectionRule(p)),
        new(ConcreteRedFlagsRule.Parameters, p => new ConcreteRedFlagsRule(p)),
        new(UntrustworthyPeopleRule.Parameters, _ => new UntrustworthyPeopleRule()),
        new(LowCostRule.Parameters, p => new LowCostRule(p)),
    ];

    /// <summary>Finds a definition by rule id.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    public static RuleDefinition? Find(string ruleId)
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

    /// <summary>Lists the rule ids, comma-separated, in the article's order.</summary>
    /// <returns>The ids.</returns>
    public static string Ids()
    {
        var ids = new string[Definitions.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Definitions[i].Id;
        }

        return string.Join(", ", ids);
    }

    /// <summary>Creates a rule set with the article's eleven rules and their default parameters: a starting point for code that adds or removes rules.</summary>
    /// <returns>The rule set.</returns>
    public static RuleSet<InterviewScenario> CreateDefaultRuleSet()
    {
        var builder = RuleSet<InterviewScenario>.CreateBuilder();
        foreach (var definition in Definitions)
        {
            builder.Add(definition.DefaultRule);
        }

        return builder.Build();
    }
}
