using System;
using System.Collections.Generic;
using System.Linq;
using InterviewRules.Engine;

namespace InterviewRules.Benchmarks;

/// <summary>
/// article-default as one table that every foreign implementation is generated from: the expression a rule
/// engine evaluates, the C# predicate NRules matches, the weight and the article rule id it stands for. Rules
/// whose weight depends on the facts are split (too-busy by looking, low-cost into cheap and expensive,
/// concrete-red-flags into one row per flag), as a user of those engines would have to split them.
/// </summary>
public static class PolicyTable
{
    public sealed record Row(string Name, string RuleId, string Expression, Func<Flat, bool> Predicate, double Weight, bool Veto);

    public static IReadOnlyList<Row> Rows { get; } =
    [
        new("need-practice", "need-practice", "input1.Years < 3 || input1.Interviews < 2", f => f.Years < 3 || f.Interviews < 2, 2, false),
        new("plan-b", "plan-b", "(input1.Looking && input1.Others < 3) || input1.Waiting", f => (f.Looking && f.Others < 3) || f.Waiting, 2, false),
        new("networking", "networking", "true", _ => true, 2, false),
        new("sharpen-instincts", "sharpen-instincts", "input1.Vague && !input1.AnyFlag", f => f.Vague && !f.AnyFlag, 1.5, false),
        new("unknown-wants", "unknown-wants", "input1.NotInterested", f => f.NotInterested, 1.5, false),
        new("leading-on", "leading-on", "input1.LeadingOn", f => f.LeadingOn, 0.5, false),
        new("too-busy-looking", "too-busy", "input1.TooBusy && input1.Looking", f => f.TooBusy && f.Looking, 0.5, false),
        new("too-busy-not-looking", "too-busy", "input1.TooBusy && !input1.Looking", f => f.TooBusy && !f.Looking, 0, false),
        new("fear-of-rejection", "fear-of-rejection", "input1.Rejection", f => f.Rejection, 0.5, false),
        new("flag-negative-management", "concrete-red-flags", "input1.NegativeManagement", f => f.NegativeManagement, -3, false),
        new("flag-leadership-conflict", "concrete-red-flags", "input1.LeadershipConflict", f => f.LeadershipConflict, -3, false),
        new("flag-high-turnover", "concrete-red-flags", "input1.HighTurnover", f => f.HighTurnover, -3, false),
        new("flag-hostile-culture", "concrete-red-flags", "input1.HostileCulture", f => f.HostileCulture, -3, false),
        new("untrustworthy-people", "untrustworthy-people", "input1.Untrustworthy", f => f.Untrustworthy, 0, true),
        new("low-cost-cheap", "low-cost", "input1.Format == \"video\" || input1.Format == \"phone\" || input1.Travel <= 1", f => f.Format == "video" || f.Format == "phone" || f.Travel <= 1, 0.5, false),
        new("low-cost-expensive", "low-cost", "input1.Travel + input1.Duration > 8 && !input1.Looking", f => f.Travel + f.Duration > 8 && !f.Looking, -3, false),
    ];

    public static Row ByName(string name) => Rows.First(r => r.Name == name);

    public static Outcome Outcome(IEnumerable<string> firedNames)
    {
        var score = 0.0;
        var veto = false;
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in firedNames)
        {
            var row = ByName(name);
            score += row.Weight;
            veto |= row.Veto;
            ids.Add(row.RuleId);
        }

        return new Outcome(!veto && score > 0 ? Verdict.Accept : Verdict.Decline, score, [.. ids]);
    }
}

/// <summary>What every implementation must agree on.</summary>
public sealed record Outcome(Verdict Decision, double Score, string[] Fired)
{
    public bool SameAs(Outcome other) =>
        Decision == other.Decision && Math.Abs(Score - other.Score) < 1e-9 && Fired.SequenceEqual(other.Fired, StringComparer.Ordinal);

    public override string ToString() => $"{Decision} {Score} [{string.Join(",", Fired)}]";
}
