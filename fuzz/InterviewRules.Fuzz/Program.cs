using System;
using System.IO;
using InterviewRules.Fuzz;
using SharpFuzz;

// An AFL++ harness over one of the targets in FuzzTargets: scenario, policy or render (the first argument).
// Anything but a false Try… escaping is a crash that AFL++ records. See fuzz/README.md and docs/reliability.md.
var target = FuzzTargets.Get(args.Length > 0 ? args[0] : "scenario");
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
