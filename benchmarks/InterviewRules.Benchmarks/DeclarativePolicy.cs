using System.Linq;
using InterviewRules.Policies;

namespace InterviewRules.Benchmarks;

/// <summary>
/// article-default rebuilt as a policy of declarative custom rules only (the article's code rules all disabled):
/// what the engine costs when every rule is interpreted data. Custom ids end in "-d"; the verifier maps them back.
/// </summary>
public static class DeclarativePolicy
{
    private static Condition Fact(string fact, ConditionOperator op, FactValue value) => Condition.Fact(fact, op, value);

    private static Condition Has(string list, string name) => Fact(list, ConditionOperator.Contains, FactValue.FromText(name));

    private static CustomRuleDefinition Rule(string id, FindingEffect effect, double weight, Condition when, bool veto = false) =>
        new(id + "-d", FindingKind.Reason, effect, weight, veto, id, "Declarative " + id + ".", "benchmark", when);

    public static InterviewPolicy Create()
    {
        var policy = InterviewPolicy.ArticleDefault.WithIdentity("article-default-declarative", "1.0.0");
        policy = ArticleRulesIds().Aggregate(policy, (p, id) => p.WithRuleEnabled(id, false));
        var num = FactValue.FromNumber;
        var looking = Fact("candidate.activelyLooking", ConditionOperator.EqualTo, FactValue.FromBoolean(true));
        var notLooking = Fact("candidate.activelyLooking", ConditionOperator.EqualTo, FactValue.FromBoolean(false));
        CustomRuleDefinition[] rules =
        [
            Rule("need-practice", FindingEffect.Accept, 2, Condition.Any(Fact("candidate.yearsOfExperience", ConditionOperator.LessThan, num(3)), Fact("candidate.interviewsInLastYear", ConditionOperator.LessThan, num(2)))),
            Rule("plan-b", FindingEffect.Accept, 2, Condition.Any(Condition.All(looking, Fact("candidate.otherOpportunities", ConditionOperator.LessThan, num(3))), Has("concerns", "waitingOnFirstChoice"))),
            Rule("networking", FindingEffect.Accept, 2, Fact("candidate.yearsOfExperience", ConditionOperator.GreaterThanOrEqual, num(0))),
            Rule("sharpen-instincts", FindingEffect.Accept, 1.5, Condition.All(Has("concerns", "vagueBadFeeling"), Condition.Not(Condition.Any(
                Has("redFlags", "negativeManagement"), Has("redFlags", "leadershipConflict"), Has("redFlags", "highTurnover"), Has("redFlags", "hostileCulture"), Has("redFlags", "untrustworthyLeadership"))))),
            Rule("unknown-wants", FindingEffect.Accept, 1.5, Has("concerns", "notInterested")),
            Rule("leading-on", FindingEffect.Accept, 0.5, Has("concerns", "fearOfLeadingOn")),
            Rule("too-busy-looking", FindingEffect.Accept, 0.5, Condition.All(Has("concerns", "tooBusy"), looking)),
            Rule("too-busy-not-looking", FindingEffect.Neutral, 0, Condition.All(Has("concerns", "tooBusy"), notLooking)),
            Rule("fear-of-rejection", FindingEffect.Accept, 0.5, Has("concerns", "fearOfRejection")),
            Rule("flag-negative-management", FindingEffect.Decline, 3, Has("redFlags", "negativeManagement")),
            Rule("flag-leadership-conflict", FindingEffect.Decline, 3, Has("redFlags", "leadershipConflict")),
            Rule("flag-high-turnover", FindingEffect.Decline, 3, Has("redFlags", "highTurnover")),
            Rule("flag-hostile-culture", FindingEffect.Decline, 3, Has("redFlags", "hostileCulture")),
            Rule("untrustworthy-people", FindingEffect.Neutral, 0, Has("redFlags", "untrustworthyLeadership"), veto: true),
            Rule("low-cost-cheap", FindingEffect.Accept, 0.5, Condition.Any(
                Fact("opportunity.format", ConditionOperator.In, FactValue.FromList(["video", "phone"])), Fact("opportunity.travelHours", ConditionOperator.LessThanOrEqual, num(1)))),
            Rule("low-cost-expensive", FindingEffect.Decline, 3, Condition.All(Fact("opportunity.totalHours", ConditionOperator.GreaterThan, num(8)), notLooking)),
        ];
        return rules.Aggregate(policy, (p, r) => p.WithCustomRule(r));
    }

    public static Outcome Outcome(Recommendation recommendation) =>
        PolicyTable.Outcome(recommendation.Findings.Select(f => f.RuleId[..^2])) is var o && o.Decision == recommendation.Decision && o.Score == recommendation.Score
            ? o
            : new Outcome(recommendation.Decision, recommendation.Score, ["(engine and table disagree)"]);

    private static string[] ArticleRulesIds() => Article.ArticleRules.Definitions.Select(d => d.Id).ToArray();
}
