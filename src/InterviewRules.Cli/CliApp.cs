using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Diagnostics.CodeAnalysis;
using InterviewRules.Policies;
using InterviewRules.Rendering;

namespace InterviewRules.Cli;

/// <summary>
/// The interview-rules program. Exit codes: 0 when a recommendation (or listing) was produced, 2 for bad input or a
/// usage error (messages on stderr only, nothing on stdout), 1 for an internal fault. Never a stack trace.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Fault = 1;
    public const int BadInput = 2;
    private const int MaxErrorLines = 20;

    /// <summary>Runs the program with its own reader and writers, so tests need not touch <see cref="Console"/>.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var output = new StringWriter { NewLine = "\n" };
        var errors = new List<string>();
        int code;
        try
        {
            code = Dispatch(args, stdin, output, errors);
        }
#pragma warning disable CA1031 // The program's contract: an internal fault is one line and exit 1, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"internal error: {ex.GetType().Name}: {ex.Message}");
            return Fault;
        }

        if (code == BadInput)
        {
            WriteErrors(stderr, errors);
            return code;
        }

        stdout.Write(output.ToString());
        stdout.Flush();
        return code;
    }

    private static int Dispatch(string[] args, TextReader stdin, TextWriter stdout, List<string> errors)
    {
        var fileArgument = new Argument<string>("FILE") { Description = "The scenario file (JSON), or - to read standard input." };
        var formatOption = new Option<string>("--format") { Description = "The output format: text (default), markdown, json or svg (a waterfall of the findings).", DefaultValueFactory = _ => "text" };
        formatOption.AcceptOnlyFromAmong([.. Renderers.Names]);
        var counterfactualsOption = new Option<bool>("--counterfactuals") { Description = "Also say what would change the advice: the cheapest catalogued changes that flip the decision." };

        var policyOption = new Option<string>("--policy") { Description = "A policy file (JSON) that tunes the article's rules and adds declarative ones; article-default when left out." };
        var rulesPolicyOption = new Option<string>("--policy") { Description = "Show the effective catalog of this policy file (JSON)." };
        var policyArgument = new Argument<string>("FILE") { Description = "The policy file (JSON) to check." };

        var evaluate = new Command("evaluate", "Recommend whether to take the interview a scenario describes, and explain why.");
        evaluate.Arguments.Add(fileArgument);
        evaluate.Options.Add(formatOption);
        evaluate.Options.Add(policyOption);
        evaluate.Options.Add(counterfactualsOption);

        var rules = new Command("rules", "List the rule catalog: id, kind, article section, weight.");
        rules.Options.Add(rulesPolicyOption);

        var inboxArgument = new Argument<string>("FILE") { Description = "A JSON array of scenarios (a candidate's invitations), or - to read standard input." };
        var rankPolicyOption = new Option<string>("--policy") { Description = "A policy file (JSON); article-default when left out." };
        var rank = new Command("rank", "Rank a candidate's interview invitations, best first: accept before decline, vetoes last, then by score; ties keep input order.");
        rank.Arguments.Add(inboxArgument);
        rank.Options.Add(rankPolicyOption);

        var schemaArgument = new Argument<string>("NAME") { Description = "scenario, recommendation or policy." };
        schemaArgument.AcceptOnlyFromAmong([.. InterviewJson.SchemaNames]);
        var schema = new Command("schema", "Print the JSON Schema (draft 2020-12) of a contract.");
        schema.Arguments.Add(schemaArgument);

        var validate = new Command("validate", "Check a policy file and list every problem in it.");
        validate.Arguments.Add(policyArgument);

        var root = new RootCommand("interview-rules: should this person take this interview, and why? Rules from \"5 Reasons to Take That Next Interview\".");
        root.Subcommands.Add(evaluate);
        root.Subcommands.Add(rules);
        root.Subcommands.Add(validate);
        root.Subcommands.Add(rank);
        root.Subcommands.Add(schema);

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            errors.AddRange(result.Errors.Select(e => "usage: " + e.Message));
            return BadInput;
        }

        var command = result.CommandResult.Command;
        if (command == evaluate)
        {
            if (!TryCreateAdvisor(result.GetValue(policyOption), errors, out var advisor))
            {
                return BadInput;
            }

            return Evaluate(advisor, result.GetValue(fileArgument)!, result.GetValue(formatOption)!, result.GetValue(counterfactualsOption), stdin, stdout, errors);
        }

        if (command == rules)
        {
            var policy = InterviewPolicy.ArticleDefault;
            if (result.GetValue(rulesPolicyOption) is { } policyFile && !TryReadPolicy(policyFile, errors, out policy))
            {
                return BadInput;
            }

            ListRules(policy, stdout);
            return Ok;
        }

        if (command == schema)
        {
            stdout.Write(InterviewJson.Schema(result.GetValue(schemaArgument)!));
            return Ok;
        }

        if (command == rank)
        {
            if (!TryCreateAdvisor(result.GetValue(rankPolicyOption), errors, out var advisor))
            {
                return BadInput;
            }

            if (!TryReadInput(result.GetValue(inboxArgument)!, stdin, errors, out var bytes))
            {
                return BadInput;
            }

            if (!InterviewJson.TryReadScenarios(bytes, out var scenarios, out var problems))
            {
                errors.AddRange(problems.Select(p => p.ToString()));
                return BadInput;
            }

            var position = 1;
            foreach (var ranked in advisor.Rank(scenarios))
            {
                var r = ranked.Result;
                stdout.Write($"{position++}. invitation [{ranked.Index}]: {(r.Decision == Verdict.Accept ? "accept" : "decline")}, score {(r.Score > 0 ? "+" : string.Empty)}{r.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}{(r.IsVetoed ? ", vetoed" : string.Empty)}\n");
            }

            return Ok;
        }

        if (command == validate)
        {
            var file = result.GetValue(policyArgument)!;
            if (!TryReadPolicy(file, errors, out var policy))
            {
                return BadInput;
            }

            stdout.Write($"{file}: valid policy {policy.Name} {policy.Version} ({policy.Fingerprint}), {policy.CreateRuleSet().Count} rules, {policy.CustomRules.Count} custom.\n");
            return Ok;
        }

        // The root command alone, or --help / --version: let System.CommandLine print its help to our writer.
        var invocation = new InvocationConfiguration { Output = stdout, Error = stdout };
        var code = result.Invoke(invocation);
        return code == 0 ? Ok : BadInput;
    }

    /// <summary>The advisor of an optional --policy file: article-default when there is none.</summary>
    private static bool TryCreateAdvisor(string? policyFile, List<string> errors, [NotNullWhen(true)] out InterviewAdvisor? advisor)
    {
        advisor = InterviewAdvisor.Default;
        if (policyFile is null)
        {
            return true;
        }

        advisor = TryReadPolicy(policyFile, errors, out var policy) ? InterviewAdvisor.Create(policy) : null;
        return advisor is not null;
    }

    private static bool TryReadPolicy(string file, List<string> errors, [NotNullWhen(true)] out InterviewPolicy? policy)
    {
        policy = null;
        if (file == "-")
        {
            errors.Add("usage: a policy is read from a file, not from standard input.");
            return false;
        }

        if (!TryReadInput(file, TextReader.Null, errors, out var bytes))
        {
            return false;
        }

        if (!InterviewJson.TryReadPolicy(bytes, out policy, out var problems))
        {
            errors.AddRange(problems.Select(p => $"{file}: {p}"));
            return false;
        }

        return true;
    }

    private static int Evaluate(InterviewAdvisor advisor, string file, string format, bool withCounterfactuals, TextReader stdin, TextWriter stdout, List<string> errors)
    {
        if (!TryReadInput(file, stdin, errors, out var bytes))
        {
            return BadInput;
        }

        if (!InterviewJson.TryReadScenario(bytes, out var scenario, out var problems))
        {
            errors.AddRange(problems.Select(p => p.ToString()));
            return BadInput;
        }

        var recommendation = advisor.Recommend(scenario);
        Renderers.TryGet(format, out var renderer);
        stdout.Write(renderer.Render(recommendation, withCounterfactuals ? advisor.Counterfactuals(scenario) : null));

        // A rule that threw is an internal fault: the recommendation still says which (stdout), the exit code says so too.
        return recommendation.IsComplete ? Ok : Fault;
    }

    private static bool TryReadInput(string file, TextReader stdin, List<string> errors, out byte[] bytes)
    {
        bytes = [];
        if (file == "-")
        {
            // Standard input arrives as text; re-encode it as UTF-8, up to one byte past the limit so size is still checked.
            var buffer = new char[InterviewJson.MaxDocumentBytes + 1];
            var read = stdin.ReadBlock(buffer, 0, buffer.Length);
            bytes = Encoding.UTF8.GetBytes(buffer, 0, read);
            return true;
        }

        try
        {
            var info = new FileInfo(file);
            if (Directory.Exists(file))
            {
                errors.Add($"{file}: this is a folder; give a JSON file.");
                return false;
            }

            if (!info.Exists)
            {
                errors.Add($"{file}: the file does not exist.");
                return false;
            }

            if (info.Length > InterviewJson.MaxDocumentBytes + 3)
            {
                errors.Add($"{file}: the file is {info.Length} bytes long; a document may be at most {InterviewJson.MaxDocumentBytes} bytes.");
                return false;
            }

            bytes = File.ReadAllBytes(file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add($"{file}: the file cannot be read: {ex.Message}");
            return false;
        }
    }

    private static void ListRules(InterviewPolicy policy, TextWriter stdout)
    {
        var rows = policy.CreateRuleSet().Select(r => new[] { r.Descriptor.Id, ContractNames.Of(r.Descriptor.Kind), r.Descriptor.Source, r.Descriptor.WeightSummary }).ToList();
        foreach (var disabled in policy.Rules.Where(r => !r.Enabled))
        {
            rows.Add([disabled.RuleId, ContractNames.Of(disabled.Definition.Descriptor.Kind), disabled.Definition.Descriptor.Source, "disabled"]);
        }

        rows.Insert(0, ["id", "kind", "section", "weight"]);
        var widths = Enumerable.Range(0, 3).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            stdout.Write($"{row[0].PadRight(widths[0])}  {row[1].PadRight(widths[1])}  {row[2].PadRight(widths[2])}  {row[3]}\n");
        }
    }

    private static void WriteErrors(TextWriter stderr, List<string> errors)
    {
        foreach (var line in errors.Take(MaxErrorLines))
        {
            stderr.WriteLine(line);
        }

        if (errors.Count > MaxErrorLines)
        {
            stderr.WriteLine($"… and {errors.Count - MaxErrorLines} more");
        }

        stderr.Flush();
    }
}
