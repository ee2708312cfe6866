using System.Collections.Generic;
using InterviewRules.Engine;

namespace InterviewRules.Article;

/// <summary>
/// The exception in §5: who you would work with is the most important thing about a job. Fires, with a veto, when
/// the red flag <c>untrustworthyLeadership</c> is known in detail (a rumour of it never vetoes). The article speaks
/// of the job; vetoing the interview goes beyond it, and the explanation says so.
/// </summary>
internal static class UntrustworthyPeopleRule
{
    public const string Id = "untrustworthy-people";

    public static IReadOnlyList<RuleParameter> Parameters { get; } = [];

    public static RuleEntry Create(double[] p)
    {
        var descriptor = new RuleDescriptor(Id, FindingKind.Exception, Phrases.Rule(Id, "veto"));
        return new RuleEntry
        {
            Descriptor = descriptor,
            When = Condition.Contains(Facts.RedFlags, Facts.RedFlagNames.Of(RedFlag.UntrustworthyLeadership)),
            Parts = [new(Condition.Always, 0)],
            Veto = true,
            Evidence = [new(Facts.RedFlags)],
            Words = new(descriptor, ArticleRules.Fixed(Id)),
        };
    }
}
