// A consumer of the published packages: reads a scenario (and optionally a policy), resolves an advisor from
// the DI container, and writes the recommendation JSON, in English or in the language of --culture. Used to prove
// that the packages restore from a feed, build, and publish with NativeAOT without a warning, that the native
// binary answers byte for byte like JIT, and that the Spanish satellite resources survive trimming and AOT.
using System.Globalization;
using InterviewRules;
using Microsoft.Extensions.DependencyInjection;

CultureInfo? culture = null;
if (args.Length >= 2 && args[0] == "--culture")
{
    culture = CultureInfo.GetCultureInfo(args[1]);
    args = args[2..];
}

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: PackageConsumer [--culture NAME] SCENARIO.json [POLICY.json]");
    return 2;
}

var services = new ServiceCollection();
if (args.Length == 2)
{
    var policy = InterviewJson.ReadPolicy(File.ReadAllBytes(args[1]));
    services.AddInterviewRules(b => b.UsePolicy(policy));
}
else
{
    services.AddInterviewRules();
}

using var provider = services.BuildServiceProvider();
var advisor = provider.GetRequiredService<InterviewAdvisor>();

try
{
    var scenario = InterviewJson.ReadScenario(File.ReadAllBytes(args[0]));
    Console.Out.Write(InterviewJson.Write(advisor.Recommend(scenario), null, culture));
    return 0;
}
catch (InvalidInputException ex)
{
    foreach (var error in ex.Errors)
    {
        Console.Error.WriteLine(error);
    }

    return 2;
}
