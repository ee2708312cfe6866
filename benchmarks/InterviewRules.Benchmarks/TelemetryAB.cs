using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;

namespace InterviewRules.Benchmarks;

/// <summary>
/// <c>--telemetry-ab [--rounds N]</c>: what telemetry costs <c>Recommend</c> when nothing listens, measured in one
/// process so a shared machine's load falls on both sides alike. It alternates, round after round, the public
/// <c>Recommend</c> (one check, then the work) with the library's internal path without telemetry (the code
/// <c>Recommend</c> ran before telemetry), both through the same kind of delegate over the 1,024 seeded scenarios,
/// and prints each side's fastest round per scenario. The internal method is reached by reflection: this is a
/// measurement, not a use.
/// </summary>
internal static class TelemetryAB
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 1 && args[0] == "--rounds" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
        var advisor = InterviewAdvisor.Default;
        var scenarios = Data.Scenarios();
        Func<InterviewScenario, Recommendation> observedIfListened = advisor.Recommend;
        var unobserved = typeof(InterviewAdvisor).GetMethod("RecommendUnobserved", BindingFlags.NonPublic | BindingFlags.Instance)?
            .CreateDelegate<Func<InterviewScenario, Recommendation>>(advisor)
            ?? throw new InvalidOperationException("InterviewAdvisor.RecommendUnobserved is gone; update this measurement.");

        var best = new[] { double.MaxValue, double.MaxValue };
        var sides = new[] { unobserved, observedIfListened };
        long sink = 0;
        for (var round = 0; round < rounds; round++)
        {
            for (var side = 0; side < 2; side++)
            {
                // Alternate which side goes first, so neither always follows the other.
                var which = (round + side) % 2;
                var recommend = sides[which];
                var start = Stopwatch.GetTimestamp();
                foreach (var scenario in scenarios)
                {
                    sink += recommend(scenario).FiredRuleIds.Count;
                }

                var perScenario = Stopwatch.GetElapsedTime(start).TotalNanoseconds / scenarios.Length;
                best[which] = Math.Min(best[which], perScenario);
            }
        }

        Console.WriteLine($"Recommend + FiredRuleIds, {scenarios.Length} scenarios, {rounds} alternating rounds, fastest round per scenario:");
        Console.WriteLine($"  without telemetry (internal path): {best[0]:0.0} ns");
        Console.WriteLine($"  Recommend, nothing listening:     {best[1]:0.0} ns ({(best[1] / best[0] - 1) * 100:+0.0;-0.0} %)");
        Console.WriteLine($"  (checksum {sink})");
        return 0;
    }
}
