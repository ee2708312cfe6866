using System;
using System.Collections.Generic;
using System.Linq;
using InterviewRules.Engine;

namespace InterviewRules.Benchmarks;

/// <summary>
/// Runs every implementation over the same 1,024 seeded scenarios and fails unless all agree on decision, score
/// and fired rule ids, and unless the data exercises every rule: each fires in at least 5 % and at most 95 % of
/// the scenarios, except networking, which the article makes fire always.
/// </summary>
public static class Verify
{
    private static readonly string[] AlwaysFires = ["networking"];

    public static int Run()
    {
        var scenarios = Data.Scenarios();
        var flats = scenarios.Select(s => new Flat(s)).ToArray();
        var advisor = InterviewAdvisor.Default;
        var declarative = DeclarativeArticleDefault.CreateAdvisor();
        var rulesEngine = new RulesEngineImplementation();
        var nrules = new NRulesImplementation();
        var implementations = new (string Name, Func<int, Outcome> Run)[]
        {
            ("hand-written if chain (with ids)", i => HandWritten.WithFiredIds(scenarios[i])),
            ("hand-written if chain (score only)", i => FromScore(HandWritten.Score(scenarios[i]))),
            ("InterviewRules Recommend", i => FromRecommendation(advisor.Recommend(scenarios[i]))),
            ("InterviewRules Score", i => { var r = advisor.Score(scenarios[i]); return new Outcome(r.Decision, r.Score, []); }),
            ("InterviewRules Recommend, declarative policy", i => DeclarativeArticleDefault.Outcome(declarative.Recommend(scenarios[i]))),
            ("InterviewRules Score, declarative policy", i => { var r = declarative.Score(scenarios[i]); return new Outcome(r.Decision, r.Score, []); }),
            ("RulesEngine 6.0.1", i => rulesEngine.Evaluate(flats[i])),
            ("NRules 1.0.4 (reused session)", i => nrules.EvaluateReused(flats[i])),
            ("NRules 1.0.4 (session per evaluation)", i => nrules.EvaluateNewSession(flats[i])),
        };

        var failures = 0;
        var fireCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var accepts = 0;
        for (var i = 0; i < scenarios.Length; i++)
        {
            var reference = implementations[0].Run(i);
            accepts += reference.Decision == Verdict.Accept ? 1 : 0;
            foreach (var id in reference.Fired)
            {
                fireCounts[id] = fireCounts.GetValueOrDefault(id) + 1;
            }

            foreach (var (name, run) in implementations.Skip(1))
            {
                var outcome = run(i);
                var same = outcome.Fired.Length == 0
                    ? outcome.Decision == reference.Decision && Math.Abs(outcome.Score - reference.Score) < 1e-9
                    : outcome.SameAs(reference);
                if (!same && failures++ < 20)
                {
                    Console.WriteLine($"MISMATCH scenario {i}: {name} gave {outcome}, the hand-written chain {reference}");
                }
            }
        }

        Console.WriteLine($"{scenarios.Length} scenarios (seed {Data.Seed}), {implementations.Length} implementations; accept {accepts}, decline {scenarios.Length - accepts}.");
        foreach (var id in PolicyTable.Rows.Select(r => r.RuleId).Distinct())
        {
            var share = fireCounts.GetValueOrDefault(id) / (double)scenarios.Length;
            var always = AlwaysFires.Contains(id);
            var ok = always ? share == 1 : share is >= 0.05 and <= 0.95;
            Console.WriteLine($"  {id,-22} fires in {share,6:P1}{(always ? " (always, by the article)" : string.Empty)}{(ok ? string.Empty : "  <-- outside 5 %..95 %")}");
            failures += ok ? 0 : 1;
        }

        Console.WriteLine(JsonBytes.Describe("article-default", advisor, scenarios));
        Console.WriteLine(failures == 0 ? "verify: all implementations agree on decision, score and fired ids." : $"verify: FAILED ({failures} problems).");
        return failures == 0 ? 0 : 1;
    }

    private static Outcome FromScore((Verdict Decision, double Score) result) => new(result.Decision, result.Score, []);

    private static Outcome FromRecommendation(Recommendation r) =>
        new(r.Decision, r.Score, r.FiredRuleIds.Order(StringComparer.Ordinal).ToArray());
}
