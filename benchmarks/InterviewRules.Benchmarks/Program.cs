using BenchmarkDotNet.Running;
using InterviewRules.Benchmarks;

// --verify: every implementation agrees on the same 1,024 scenarios (CI runs this, not the timings).
// --cold-start [--launches N] [--native PATH]: launch-to-first-recommendation times.
// --telemetry-ab [--rounds N]: Recommend with nothing listening against the path without telemetry, in one process.
// --loop builtin|declarative|explained [--seconds N] [--same]: Score in a loop, for a profiler to attach to.
// --loop strings: the bytes of the strings the explained benchmark reads per scenario.
// anything else: BenchmarkDotNet (e.g. --filter '*' --job short).
if (args.Length > 0 && args[0] == "--verify")
{
    return Verify.Run();
}

if (args.Length > 1 && args[0] == "--cold-child")
{
    return ColdStart.RunChild(args[1]);
}

if (args.Length > 0 && args[0] == "--cold-start")
{
    return ColdStart.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "--telemetry-ab")
{
    return TelemetryAB.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "--loop")
{
    return Loop.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(EvaluationBenchmarks).Assembly).Run(args);
return 0;
