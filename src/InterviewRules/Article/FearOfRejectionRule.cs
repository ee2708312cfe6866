using System.Collections.Generic;
using InterviewRules.Engine;

namespace InterviewRules.Article;

/// <summary>
/// Counter-reason "facing so much potential rejection": every refusal brings you closer to an acceptance. Fires on the concern <c>fearOfRejection</c>.
/// </summary>
internal static class FearOfRejectionRule
{
    public const string Id = "fear-of-rejection";

    public static IReadOnlyList<RuleParameter> Parameters { get; } = RuleParameter.WeightOnly(0.5);

    public static RuleEntry Create(double[] p) => ArticleRules.Simple(
        Id, FindingKind.CounterReason, Condition.Contains(Facts.Concerns, Facts.ConcernNames.Of(Concern.FearOfRejection)), p[0], [new(Facts.Concerns)], ArticleRules.Fixed(Id));
}
