// A consumer of the published packages: reads a scenario (and optionally a policy), resolves an advisor from
// the DI container, and writes the recommendation JSON, in English or in the language of --culture. Used to prove
// that the packages restore from a feed, build, and publish with NativeAOT without a warning, that the native
// binary answers byte for byte like JIT, and that the Spanish satellite resources survive trimming and AOT.
// With --tools it resolves InterviewRules.AI's tools instead and writes what evaluate_interview returns to a model
// (in Spanish), after checking that a bad call is refused with its error lines.
using System.Globalization;
using System.Text.Json;
using InterviewRules;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

if (args.Length == 2 && args[0] == "--tools")
{
    var toolServices = new ServiceCollection().AddInterviewRules().AddInterviewTools();
    using var toolProvider = toolServices.BuildServiceProvider();
    var tools = toolProvider.GetRequiredService<IReadOnlyList<InterviewTool>>();
    using var scenarioJson = JsonDocument.Parse(File.ReadAllBytes(args[1]));
    using var empty = JsonDocument.Parse("{}");
    var refused = tools[0].Call([KeyValuePair.Create("scenario", empty.RootElement)]);
    if (!refused.IsError || !refused.Text.StartsWith("$.scenario.candidate: ", StringComparison.Ordinal))
    {
        Console.Error.WriteLine("evaluate_interview did not refuse an empty scenario with its error lines: " + refused.Text);
        return 1;
    }

    var answer = await tools[0].InvokeAsync(new AIFunctionArguments { ["scenario"] = scenarioJson.RootElement, ["language"] = "es" });
    Console.Out.Write(((JsonElement)answer!).GetRawText());
    return 0;
}

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
