using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace InterviewRules.Benchmarks;

/// <summary>
/// Time from process launch to the first recommendation, the median of several launches: each child process
/// builds one implementation, evaluates one scenario, prints the decision and exits; the parent times launch to
/// that line. `--native PATH` also times a NativeAOT-published consumer (tests/PackageConsumer) to its answer.
/// </summary>
public static class ColdStart
{
    public static int RunChild(string mode)
    {
        var scenario = new InterviewScenario(new Candidate(1.5, 0, true, 1), new Opportunity(InterviewerRole.Recruiter, InterviewFormat.Video), [Concern.NotInterested]);
        var answer = mode switch
        {
            "interviewrules" => InterviewAdvisor.Default.Recommend(scenario).Decision.ToString(),
            "rulesengine" => new RulesEngineImplementation().Evaluate(new Flat(scenario)).Decision.ToString(),
            "nrules" => new NRulesImplementation().EvaluateReused(new Flat(scenario)).Decision.ToString(),
            _ => null,
        };
        if (answer is null)
        {
            Console.Error.WriteLine($"unknown cold-start mode {mode}; use interviewrules, rulesengine or nrules");
            return 2;
        }

        Console.WriteLine(answer);
        return 0;
    }

    public static int Run(string[] args)
    {
        var launches = 10;
        string? native = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--launches")
            {
                launches = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--native")
            {
                native = args[++i];
            }
        }

        var self = typeof(ColdStart).Assembly.Location;
        Console.WriteLine($"Cold start to the first recommendation: median of {launches} launches ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}).");
        Console.WriteLine("| implementation | median (ms) | min (ms) | max (ms) |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var mode in new[] { "interviewrules", "rulesengine", "nrules" })
        {
            Report($"{mode} (JIT)", Measure("dotnet", $"\"{self}\" --cold-child {mode}", launches));
        }

        if (native is not null)
        {
            var example = Path.Combine(Path.GetDirectoryName(native)!, "cold-start-scenario.json");
            File.WriteAllText(example, """{"candidate":{"yearsOfExperience":1.5,"interviewsInLastYear":0,"activelyLooking":true,"otherOpportunities":1},"opportunity":{"interviewer":"recruiter","format":"video"},"concerns":["notInterested"]}""");
            Report("interviewrules (NativeAOT consumer)", Measure(native, $"\"{example}\"", launches));
        }

        return 0;
    }

    private static void Report(string name, double[] times)
    {
        Array.Sort(times);
        var median = times.Length % 2 == 1 ? times[times.Length / 2] : (times[times.Length / 2 - 1] + times[times.Length / 2]) / 2;
        Console.WriteLine($"| {name} | {median:F1} | {times[0]:F1} | {times[^1]:F1} |");
    }

    private static double[] Measure(string file, string arguments, int launches)
    {
        var times = new double[launches];
        for (var i = 0; i < launches; i++)
        {
            var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, UseShellExecute = false };
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            var line = process.StandardOutput.ReadLine();
            times[i] = watch.Elapsed.TotalMilliseconds;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0 || string.IsNullOrEmpty(line))
            {
                throw new InvalidOperationException($"{file} {arguments} failed with exit code {process.ExitCode}.");
            }
        }

        return times;
    }
}
