using System;
using System.IO;
using System.Linq;

namespace InterviewRules.Benchmarks;

/// <summary>
/// article-default rewritten as a pure declarative policy, docs/policies/article-default-declarative.json (embedded
/// in this assembly): every article rule disabled, 16 custom rules in their place, so every rule is interpreted
/// data. Each custom id is "data-" + a <see cref="PolicyTable"/> row name, which maps it back to its article rule.
/// </summary>
public static class DeclarativeArticleDefault
{
    private const string Resource = "article-default-declarative.json";
    private const string Prefix = "data-";

    public static InterviewAdvisor CreateAdvisor()
    {
        using var stream = typeof(DeclarativeArticleDefault).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing; see the csproj.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return InterviewAdvisor.Create(InterviewJson.ReadPolicy(bytes.ToArray()));
    }

    /// <summary>The outcome in article rule ids; a disagreement between the engine and the table is reported as such.</summary>
    public static Outcome Outcome(Recommendation recommendation)
    {
        var ids = recommendation.FiredRuleIds;
        if (ids.Any(id => !id.StartsWith(Prefix, StringComparison.Ordinal) || PolicyTable.Rows.All(r => r.Name != id[Prefix.Length..])))
        {
            return new Outcome(recommendation.Decision, recommendation.Score, ["(not a rule of the declarative policy: " + string.Join(",", ids) + ")"]);
        }

        var o = PolicyTable.Outcome(ids.Select(id => id[Prefix.Length..]));
        return o.Decision == recommendation.Decision && o.Score == recommendation.Score
            ? o
            : new Outcome(recommendation.Decision, recommendation.Score, ["(engine and table disagree)"]);
    }
}
