using System;
using System.IO;
using InterviewRules;
using SharpFuzz;

// Feeds AFL++'s inputs to the scenario and policy readers, and evaluates what they accept. Anything but a
// false Try… (or an InvalidInputException) escaping is a crash that AFL++ records. See docs/reliability.md.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    var bytes = buffer.ToArray();
    if (InterviewJson.TryReadScenario(bytes, out var scenario, out _))
    {
        var recommendation = InterviewAdvisor.Default.Recommend(scenario);
        _ = InterviewJson.Write(recommendation);
        _ = recommendation.ToString();
    }

    if (InterviewJson.TryReadPolicy(bytes, out var policy, out _))
    {
        _ = InterviewAdvisor.Create(policy).Recommend(new InterviewScenario(new Candidate(1, 0, true), new Opportunity(InterviewerRole.Peer, InterviewFormat.Video)));
    }
});
