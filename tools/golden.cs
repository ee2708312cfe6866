// Writes every answer the library gives for a fixed corpus, one file per scenario, policy and language, so that a
// refactoring can be held to "byte-identical before and after" by diffing two output folders:
//
//   dotnet run tools/golden.cs -- OUTDIR            (then, after the change, again into another folder)
//   diff -r BEFORE AFTER
//
// The corpus: every docs/examples scenario, and 1,500 seeded scenarios whose numbers sit on and around each
// threshold of the shipped policies. Each is answered under article-default and each policy in docs/policies, in
// English and Spanish, as the recommendation JSON with counterfactuals, as text and as Markdown.
#:project ../src/InterviewRules/InterviewRules.csproj
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using InterviewRules;
using InterviewRules.Policies;
using InterviewRules.Rendering;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run tools/golden.cs -- OUTDIR");
    return 2;
}

var root = Path.GetFullPath(Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", ".."));
var output = Directory.CreateDirectory(args[0]).FullName;

var scenarios = new List<(string Name, InterviewScenario Scenario)>();
foreach (var file in Directory.GetFiles(Path.Combine(root, "docs", "examples"), "*.json").Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
{
    scenarios.Add((Path.GetFileNameWithoutExtension(file), InterviewJson.ReadScenario(File.ReadAllBytes(file))));
}

var random = new Random(20261208);
double[] years = [0, 0.5, 1.5, 1.99, 2, 2.01, 2.99, 3, 3.01, 5, 12, 70];
int[] interviews = [0, 1, 2, 3, 10];
int[] others = [0, 1, 2, 3, 4, 1000];
double[] travel = [0, 0.5, 0.99, 1, 1.01, 2, 3, 5, 6, 7, 7.5, 8, 9, 100];
double[] duration = [0.25, 0.5, 1, 2, 3, 7, 8, 100];
string?[] industries = [null, "finance", "kindergarten teaching", "software"];
for (var i = 0; i < 1500; i++)
{
    var candidate = new Candidate(Pick(years), Pick(interviews), random.Next(2) == 0, Pick(others));
    var opportunity = new Opportunity((InterviewerRole)random.Next(6), (InterviewFormat)random.Next(3), Pick(travel), Pick(duration), Pick(industries));
    var concerns = Enum.GetValues<Concern>().Where(_ => random.Next(4) == 0).ToArray();
    var flags = new List<RedFlag>();
    var rumours = new List<RedFlag>();
    foreach (var flag in Enum.GetValues<RedFlag>())
    {
        switch (random.Next(6))
        {
            case 0: flags.Add(flag); break;
            case 1: rumours.Add(flag); break;
        }
    }

    scenarios.Add(($"seeded-{i:D4}", new InterviewScenario(candidate, opportunity, concerns, flags, rumours)));
}

var policies = new List<(string Name, InterviewAdvisor Advisor)> { ("article-default", InterviewAdvisor.Default) };
foreach (var file in Directory.GetFiles(Path.Combine(root, "docs", "policies"), "*.json").Where(f => !f.EndsWith(".tests.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
{
    policies.Add((Path.GetFileNameWithoutExtension(file), InterviewAdvisor.Create(InterviewJson.ReadPolicy(File.ReadAllBytes(file)))));
}

CultureInfo[] cultures = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("es")];
foreach (var (policyName, advisor) in policies)
{
    var text = new StringBuilder();
    foreach (var (name, scenario) in scenarios)
    {
        var recommendation = advisor.Recommend(scenario);
        var score = advisor.Score(scenario);
        text.Append("### ").Append(name).Append(' ').Append(recommendation).Append(" | score ").Append(score.Decision).Append(' ').Append(score.Score.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var culture in cultures)
        {
            var counterfactuals = advisor.Counterfactuals(scenario);
            text.Append(InterviewJson.Write(recommendation, counterfactuals, culture)).Append('\n');
            text.Append(Renderers.Render("text", recommendation, counterfactuals, culture)).Append('\n');
            text.Append(Renderers.Render("markdown", recommendation, null, culture)).Append('\n');
        }
    }

    File.WriteAllText(Path.Combine(output, policyName + ".txt"), text.ToString());
}

Console.WriteLine($"{scenarios.Count} scenarios × {policies.Count} policies × {cultures.Length} languages written to {output}");
return 0;

T Pick<T>(T[] values) => values[random.Next(values.Length)];
