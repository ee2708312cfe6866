using System;
using System.Diagnostics;
using System.Globalization;

namespace InterviewRules.Benchmarks;

/// <summary>
/// <c>--loop builtin|declarative|explained [--seconds N] [--same]</c>: <c>Score</c> (or, for <c>explained</c>,
/// <c>Recommend</c> and every finding's title and explanation) over the 1,024 seeded scenarios, round after round, for a profiler to attach to (<c>perf record</c> with <c>DOTNET_PerfMapEnabled=1</c>, or the JIT's
/// <c>DOTNET_JitDisasm</c>). <c>--same</c> fills the array with one scenario, so every branch is predicted: what
/// remains is the code's own cost. Prints the nanoseconds per scenario of the fastest round, which is no benchmark:
/// use BenchmarkDotNet for figures.
/// </summary>
internal static class Loop
{
    public static int Run(string[] args)
    {
        var which = args.Length > 0 ? args[0] : "builtin";
        if (which == "strings")
        {
            return Strings();
        }

        var advisor = which == "declarative" ? DeclarativeArticleDefault.CreateAdvisor() : InterviewAdvisor.Default;
        var at = Array.IndexOf(args, "--seconds");
        var seconds = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 10;
        var explained = which == "explained";
        var scenarios = Data.Scenarios();
        if (Array.IndexOf(args, "--same") >= 0)
        {
            Array.Fill(scenarios, scenarios[7]);
        }

        var best = double.MaxValue;
        var sum = 0.0;
        var until = Stopwatch.GetTimestamp() + (seconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            var start = Stopwatch.GetTimestamp();
            for (var round = 0; round < 100; round++)
            {
                foreach (var scenario in scenarios)
                {
                    sum += explained ? Explain(advisor, scenario) : advisor.Score(scenario).Score;
                }
            }

            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalNanoseconds / (100.0 * scenarios.Length));
        }

        Console.WriteLine($"{which}: fastest round {best:F1} ns per scenario (checksum {sum})");
        return 0;
    }

    /// <summary>
    /// <c>--loop strings</c>: the bytes of the strings the explained benchmark reads per scenario (each finding's id,
    /// title and explanation, as the heap holds them on 64-bit: 20 bytes of header and length, two per character
    /// and the terminator, rounded up to 8), and of the explanations alone (the strings built per scenario).
    /// </summary>
    private static int Strings()
    {
        static long Size(string text) => (20 + (2L * (text.Length + 1)) + 7) / 8 * 8;
        var scenarios = Data.Scenarios();
        long read = 0, built = 0, findings = 0;
        foreach (var scenario in scenarios)
        {
            foreach (var finding in InterviewAdvisor.Default.Recommend(scenario).Findings)
            {
                read += Size(finding.RuleId) + Size(finding.Title) + Size(finding.Explanation);
                built += Size(finding.Explanation);
                findings++;
            }
        }

        Console.WriteLine(FormattableString.Invariant(
            $"strings: {(double)read / scenarios.Length:F0} B read per scenario ({(double)built / scenarios.Length:F0} B of them explanations built per scenario), {(double)findings / scenarios.Length:F2} findings per scenario"));
        return 0;
    }

    private static int Explain(InterviewAdvisor advisor, InterviewScenario scenario)
    {
        var recommendation = advisor.Recommend(scenario);
        var n = (int)recommendation.Decision;
        foreach (var finding in recommendation.Findings)
        {
            n += finding.Title.Length + finding.Explanation.Length;
        }

        return n;
    }
}
