using System.Collections.Generic;
using InterviewRules.Engine;

namespace InterviewRules.Article;

/// <summary>
/// §5 You Have No Idea What You Want: an interview is not an offer, and you may not yet know the job you would love. Fires on the concern <c>notInterested</c>.
/// </summary>
internal static class UnknownWantsRule
{
    public const string Id = "unknown-wants";

    public static IReadOnlyList<RuleParameter> Parameters { get; } = RuleParameter.WeightOnly(1.5);

    public static RuleEntry Create(double[] p) => ArticleRules.Simple(
        Id, FindingKind.Reason, Condition.Contains(Facts.Concerns, Facts.ConcernNames.Of(Concern.NotInterested)), p[0], [new(Facts.Concerns)], ArticleRules.Fixed(Id), Phrases.Advice(Id, 1));
}
