using System.CommandLine;
using System.IO;
using InterviewRules.PolicyLoop;

namespace InterviewRules.Cli;

/// <summary>
/// <c>sample [--policy P] [--count N] [--seed S]</c>: writes JSON Lines scenarios that put every fact on each side of
/// each of the policy's cut points, for an operator with no corpus yet to <c>compare</c> over.
/// </summary>
internal static class SampleCommand
{
    public static Command Create(CliContext context)
    {
        var policy = new Option<string>("--policy") { Description = "The policy whose thresholds the scenarios straddle: a policy file, or article-default (the default).", DefaultValueFactory = _ => Policies.InterviewPolicy.ArticleDefaultName };
        var count = new Option<long?>("--count") { Description = "How many scenarios; by default just enough to reach every side of every threshold." };
        var seed = new Option<int>("--seed") { Description = "The seed of the random part; the same seed gives the same scenarios. The default is 1.", DefaultValueFactory = _ => 1 };
        var command = new Command("sample", "Write JSON Lines scenarios that put every fact on each side of each of a policy's thresholds.");
        command.Options.Add(policy);
        command.Options.Add(count);
        command.Options.Add(seed);
        command.SetAction(result =>
        {
            if (!PolicyFiles.TryRead(result.GetValue(policy)!, null, context.Errors, out var read))
            {
                return CliApp.BadInput;
            }

            var n = result.GetValue(count) ?? PolicySamples.Needed(read);
            if (n < 0)
            {
                context.Errors.Add($"usage: --count is {n}; it must be 0 or more.");
                return CliApp.BadInput;
            }

            var s = result.GetValue(seed);
            context.Streamed = (stdout, stderr) =>
            {
                try
                {
                    foreach (var scenario in PolicySamples.Generate(read, n, s))
                    {
                        stdout.Write(PolicySamples.ToJsonLine(scenario));
                        stdout.Write('\n');
                    }

                    stdout.Flush();
                    return CliApp.Ok;
                }
                catch (IOException ex)
                {
                    stderr.WriteLine($"error: the output cannot be written: {ex.Message}");
                    return CliApp.Fault;
                }
            };
            return CliApp.Ok;
        });
        return command;
    }
}
