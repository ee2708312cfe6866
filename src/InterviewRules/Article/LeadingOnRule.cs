using System.Collections.Generic;
using InterviewRules.Engine;

namespace InterviewRules.Article;

/// <summary>
/// Counter-reason "afraid of leading them on": interviewing and later declining is part of the process and does not hurt your reputation; only an unprofessional refusal would. Fires on the concern <c>fearOfLeadingOn</c>, with advice on declining well.
/// </summary>
internal static class LeadingOnRule
{
    public const string Id = "leading-on";

    public static IReadOnlyList<RuleParameter> Parameters { get; } = RuleParameter.WeightOnly(0.5);

    public static RuleEntry Create(double[] p) => ArticleRules.Simple(
        Id, FindingKind.CounterReason, Condition.Contains(Facts.Concerns, Facts.ConcernNames.Of(Concern.FearOfLeadingOn)), p[0], [new(Facts.Concerns)], ArticleRules.Fixed(Id), Phrases.Advice(Id, 3));
}
