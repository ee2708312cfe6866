using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;
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
    /// <param name="args">The command line.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output, for the commands that print an answer.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="protocolOut">Standard output as bytes, for <c>mcp</c> (which writes protocol messages, not text); <c>mcp</c> is refused without it.</param>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, Stream? protocolOut = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var errors = new ErrorLines();
        var notes = new List<string>();
        int code;
        McpRequest? serve = null;
        try
        {
            code = Dispatch(args, stdin, output, errors, notes, out serve);
            if (code == Ok && serve is not null)
            {
                foreach (var note in notes)
                {
                    stderr.WriteLine(TerminalText.Escape(note));
                }

                if (protocolOut is null)
                {
                    stderr.WriteLine("mcp: this host gives the program no standard output to serve on.");
                    return BadInput;
                }

                return McpCommand.Serve(serve.Advisor, serve.Culture, stdin, protocolOut);
            }
        }
#pragma warning disable CA1031 // The program's contract: an internal fault is one line and exit 1, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine(TerminalText.Escape($"internal error: {ex.GetType().Name}: {ex.Message}"));
            return Fault;
        }

        if (code == BadInput)
        {
            WriteErrors(stderr, errors);
            return code;
        }

        foreach (var note in notes)
        {
            stderr.WriteLine(TerminalText.Escape(note));
        }

        try
        {
            stdout.Write(TerminalText.Escape(output.ToString()));
            stdout.Flush();
        }
        catch (IOException ex)
        {
            // A full disk or a closed pipe: one line, exit 1, never a stack trace.
            stderr.WriteLine($"error: the output cannot be written: {ex.Message}");
            return Fault;
        }

        return code;
    }

    /// <summary>What <c>mcp</c> serves with, once its options are read.</summary>
    private sealed record McpRequest(InterviewAdvisor Advisor, CultureInfo? Culture);

    private static int Dispatch(string[] args, Stream stdin, TextWriter stdout, ErrorLines errors, List<string> notes, out McpRequest? serve)
    {
        serve = null;
        var fileArgument = new Argument<string>("FILE") { Description = "The scenario file (JSON), or - to read standard input." };
        var formatOption = new Option<string>("--format") { Description = "The output format: text (default), markdown, json or svg (a waterfall of the findings).", DefaultValueFactory = _ => "text" };
        formatOption.AcceptOnlyFromAmong([.. Renderers.Names]);
        var cultureOption = new Option<string>("--culture") { Description = "The language of the texts, as a culture name: en (default) or es; a regional culture such as es-MX uses its language, any other language falls back to English." };
        var rulesCultureOption = new Option<string>("--culture") { Description = "The language of the sections and weights: en (default) or es." };
        var rankCultureOption = new Option<string>("--culture") { Description = "The language of the ranking's lines: en (default) or es." };
        var counterfactualsOption = new Option<bool>("--counterfactuals") { Description = "Also say what would change the advice: the cheapest catalogued changes that flip the decision." };

        var policyOption = new Option<string>("--policy") { Description = "A policy file (JSON) that tunes the article's rules and adds declarative ones; article-default when left out." };
        var rulesPolicyOption = new Option<string>("--policy") { Description = "Show the effective catalog of this policy file (JSON)." };
        var policyArgument = new Argument<string>("FILE") { Description = "The policy file (JSON) to check." };

        var evaluate = new Command("evaluate", "Recommend whether to take the interview a scenario describes, and explain why.");
        evaluate.Arguments.Add(fileArgument);
        evaluate.Options.Add(formatOption);
        evaluate.Options.Add(policyOption);
        evaluate.Options.Add(counterfactualsOption);
        evaluate.Options.Add(cultureOption);

        var rules = new Command("rules", "List the rule catalog: id, kind, article section, weight.");
        rules.Options.Add(rulesPolicyOption);
        rules.Options.Add(rulesCultureOption);

        var inboxArgument = new Argument<string>("FILE") { Description = "A JSON array of scenarios (a candidate's invitations), or - to read standard input." };
        var rankPolicyOption = new Option<string>("--policy") { Description = "A policy file (JSON); article-default when left out." };
        var rank = new Command("rank", "Rank a candidate's interview invitations, best first: accept before decline, vetoes last, then by score; ties keep input order.");
        rank.Arguments.Add(inboxArgument);
        rank.Options.Add(rankPolicyOption);
        rank.Options.Add(rankCultureOption);
        var rankFormatOption = new Option<string>("--format") { Description = "The output format: text (default), or json (the ranking contract: each invitation's rank, place in the input, decision, score and first three reasons).", DefaultValueFactory = _ => "text" };
        rankFormatOption.AcceptOnlyFromAmong("text", "json");
        rank.Options.Add(rankFormatOption);

        var schemaArgument = new Argument<string>("NAME") { Description = "scenario, recommendation, policy or ranking." };
        schemaArgument.AcceptOnlyFromAmong([.. InterviewJson.SchemaNames]);
        var schema = new Command("schema", "Print the JSON Schema (draft 2020-12) of a contract.");
        schema.Arguments.Add(schemaArgument);

        var validate = new Command("validate", "Check a policy file and list every problem in it.");
        validate.Arguments.Add(policyArgument);

        var mcpPolicyOption = new Option<string>("--policy") { Description = "A policy file (JSON) the tools apply; article-default when left out." };
        var mcpCultureOption = new Option<string>("--culture") { Description = "The language of the tools' texts when a call names none: en (default) or es." };
        var mcp = new Command("mcp", "Serve the chat-assistant tools (evaluate_interview, rank_invitations, list_rules, what_would_change_it) over MCP on standard input and output, until the input ends.");
        mcp.Options.Add(mcpPolicyOption);
        mcp.Options.Add(mcpCultureOption);

        var root = new RootCommand("interview-rules: should this person take this interview, and why? Rules from \"5 Reasons to Take That Next Interview\".");
        root.Subcommands.Add(evaluate);
        root.Subcommands.Add(rules);
        root.Subcommands.Add(validate);
        root.Subcommands.Add(rank);
        root.Subcommands.Add(schema);
        root.Subcommands.Add(mcp);

        var helpArgument = new Argument<string?>("COMMAND") { Description = "The command to explain; all of them when left out.", Arity = ArgumentArity.ZeroOrOne };
        var help = new Command("help", "Show how to use the program, or one command.");
        help.Arguments.Add(helpArgument);
        root.Subcommands.Add(help);

        var commandNames = root.Subcommands.Select(c => c.Name).ToArray();
        if (args.Length == 0)
        {
            errors.Add($"usage: interview-rules COMMAND [options]; the commands are {string.Join(", ", commandNames)} (interview-rules help shows what each does).");
            return BadInput;
        }
        if (!args[0].StartsWith('-') && !commandNames.Contains(args[0]))
        {
            // One line for a mistyped command, not the parser's cascade about every argument after it.
            errors.Add($"usage: \"{args[0]}\" is not a command{DidYouMean(args[0], commandNames)}; the commands are {string.Join(", ", commandNames)}.");
            return BadInput;
        }

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            var command = result.CommandResult.Command;
            var optionNames = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct().ToArray();
            var mistypedOption = result.Errors.Any(e => e.Message.StartsWith("Unrecognized command or argument '--", StringComparison.Ordinal));
            foreach (var error in result.Errors)
            {
                // A mistyped option gets the nearest option of its command suggested: "--formt" → did you mean "--format"?
                var token = error.Message.StartsWith("Unrecognized command or argument '", StringComparison.Ordinal) && error.Message.EndsWith("'.", StringComparison.Ordinal)
                    ? error.Message["Unrecognized command or argument '".Length..^2]
                    : null;
                if (token is not null && mistypedOption && !token.StartsWith('-'))
                {
                    // The value of the mistyped option ("--formt json"): not a second problem.
                    continue;
                }

                errors.Add(token is not null && token.StartsWith("--", StringComparison.Ordinal)
                    ? $"usage: {command.Name}: \"{token}\" is not an option{DidYouMean(token, optionNames)}; the options are {string.Join(", ", optionNames)}."
                    : "usage: " + string.Join(' ', error.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
            }

            return BadInput;
        }

        // --help or --version on any command (or the root command alone): System.CommandLine prints them to our
        // writer; nothing is evaluated.
        if (result.Action is not null || result.CommandResult.Command == root)
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stdout }) == 0 ? Ok : BadInput;
        }

        var chosen = result.CommandResult.Command;
        if (chosen == help)
        {
            // The same text as --help, for the program or for the command named.
            var name = result.GetValue(helpArgument);
            if (name is not null && !root.Subcommands.Any(c => c.Name == name))
            {
                errors.Add($"usage: help: \"{name}\" is not a command; the commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
                return BadInput;
            }

            return root.Parse(name is null ? ["--help"] : [name, "--help"]).Invoke(new InvocationConfiguration { Output = stdout, Error = stdout }) == 0 ? Ok : BadInput;
        }

        if (chosen == evaluate)
        {
            if (!TryGetCulture(result.GetValue(cultureOption), errors, notes, out var culture) | !TryCreateAdvisor(result.GetValue(policyOption), errors, out var advisor))
            {
                return BadInput;
            }

            return Evaluate(advisor!, result.GetValue(fileArgument)!, result.GetValue(formatOption)!, result.GetValue(counterfactualsOption), culture, stdin, stdout, errors);
        }

        if (chosen == rules)
        {
            var policy = InterviewPolicy.ArticleDefault;
            if (!TryGetCulture(result.GetValue(rulesCultureOption), errors, notes, out var culture)
                | (result.GetValue(rulesPolicyOption) is { } policyFile && !TryReadPolicy(policyFile, errors, out policy)))
            {
                return BadInput;
            }

            ListRules(policy!, culture, stdout);
            return Ok;
        }

        if (chosen == mcp)
        {
            if (!TryGetCulture(result.GetValue(mcpCultureOption), errors, notes, out var culture) | !TryCreateAdvisor(result.GetValue(mcpPolicyOption), errors, out var advisor))
            {
                return BadInput;
            }

            serve = new McpRequest(advisor!, culture);
            return Ok;
        }

        if (chosen == schema)
        {
            stdout.Write(InterviewJson.Schema(result.GetValue(schemaArgument)!));
            return Ok;
        }

        if (chosen == rank)
        {
            if (!TryGetCulture(result.GetValue(rankCultureOption), errors, notes, out var culture) | !TryCreateAdvisor(result.GetValue(rankPolicyOption), errors, out var advisor))
            {
                return BadInput;
            }

            if (!TryReadInput(result.GetValue(inboxArgument)!, stdin, errors, out var bytes))
            {
                return BadInput;
            }

            if (!InterviewJson.TryReadScenarios(bytes, out var scenarios, out var problems))
            {
                errors.Add(result.GetValue(inboxArgument)!, problems);
                return BadInput;
            }

            if (result.GetValue(rankFormatOption) == "json")
            {
                stdout.Write(InterviewJson.WriteRanking(advisor!, scenarios, culture));
                return Ok;
            }

            if (scenarios.Count == 0)
            {
                stdout.Write("Nothing to rank: the list of invitations is empty.\n");
                return Ok;
            }

            var position = 1;
            foreach (var ranked in advisor!.Rank(scenarios))
            {
                stdout.Write($"{position++}. {ranked.GetText(culture)}\n");
            }

            return Ok;
        }

        // The only command left: validate.
        var file = result.GetValue(policyArgument)!;
        if (!TryReadPolicy(file, errors, out var validated))
        {
            return BadInput;
        }

        stdout.Write($"{file}: valid policy {validated.Name} {validated.Version} ({validated.Fingerprint}), {validated.CreateRuleSet().Count} rules, {validated.CustomRules.Count} custom.\n");
        return Ok;
    }

    /// <summary>The advisor of an optional --policy file: article-default when there is none.</summary>
    private static bool TryCreateAdvisor(string? policyFile, ErrorLines errors, [NotNullWhen(true)] out InterviewAdvisor? advisor)
    {
        advisor = InterviewAdvisor.Default;
        if (policyFile is null)
        {
            return true;
        }

        advisor = TryReadPolicy(policyFile, errors, out var policy) ? InterviewAdvisor.Create(policy) : null;
        return advisor is not null;
    }

    private static bool TryReadPolicy(string file, ErrorLines errors, [NotNullWhen(true)] out InterviewPolicy? policy)
    {
        policy = null;
        if (file == "-")
        {
            errors.Add("usage: a policy is read from a file, not from standard input.");
            return false;
        }

        if (!TryReadInput(file, Stream.Null, errors, out var bytes))
        {
            return false;
        }

        if (!InterviewJson.TryReadPolicy(bytes, out policy, out var problems))
        {
            errors.Add(file, problems);
            return false;
        }

        return true;
    }

    /// <summary>Reads an optional --culture: a predefined culture name; one whose language does not ship falls back to English, with a note.</summary>
    private static bool TryGetCulture(string? name, List<string> errors, List<string> notes, out CultureInfo? culture)
    {
        culture = null;
        if (name is null)
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            // An empty name would mean the invariant culture: say which languages there are instead of guessing.
            errors.Add($"--culture: \"{name}\" is empty; give a culture name such as es, es-MX or en-GB (texts ship in {string.Join(", ", Languages.Shipped)}).");
            return false;
        }

        try
        {
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            errors.Add($"--culture: \"{name}\" is not a culture name this machine knows; use a name such as es, es-MX or en-GB (texts ship in {string.Join(", ", Languages.Shipped)}).");
            return false;
        }

        if (!Languages.HasTexts(culture))
        {
            notes.Add($"note: no texts ship in {culture.Name}; writing English (texts ship in {string.Join(", ", Languages.Shipped)}).");
        }

        return true;
    }

    private static int Evaluate(InterviewAdvisor advisor, string file, string format, bool withCounterfactuals, CultureInfo? culture, Stream stdin, TextWriter stdout, ErrorLines errors)
    {
        if (!TryReadInput(file, stdin, errors, out var bytes))
        {
            return BadInput;
        }

        if (!InterviewJson.TryReadScenario(bytes, out var scenario, out var problems))
        {
            errors.Add(file, problems);
            return BadInput;
        }

        var recommendation = advisor.Recommend(scenario);
        stdout.Write(Renderers.Render(format, recommendation, withCounterfactuals ? advisor.Counterfactuals(scenario) : null, culture));

        // A rule that threw is an internal fault: the recommendation still says which (stdout), the exit code says so too.
        return recommendation.IsComplete ? Ok : Fault;
    }

    private static bool TryReadInput(string file, Stream stdin, List<string> errors, out byte[] bytes)
    {
        bytes = [];
        if (file == "-")
        {
            return TryReadBounded(stdin, "standard input", errors, out bytes);
        }

        try
        {
            if (Directory.Exists(file))
            {
                errors.Add($"{file}: this is a folder; give a JSON file.");
                return false;
            }

            if (!File.Exists(file))
            {
                errors.Add($"{file}: the file does not exist.");
                return false;
            }

            // Devices and pipes report a length of 0, so the size is never trusted: the read itself stops at the limit.
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            return TryReadBounded(stream, file, errors, out bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add($"{file}: the file cannot be read: {ex.Message}");
            return false;
        }
    }

    private static bool TryReadBounded(Stream stream, string name, List<string> errors, out byte[] bytes)
    {
        if (InterviewJson.TryReadBounded(stream, out bytes))
        {
            return true;
        }

        errors.Add($"{name}: the input is more than {InterviewJson.MaxDocumentBytes} bytes long; a document may be at most {InterviewJson.MaxDocumentBytes} bytes.");
        return false;
    }

    private static void ListRules(InterviewPolicy policy, CultureInfo? culture, TextWriter stdout)
    {
        var spanish = culture is not null && Languages.Resolve(culture) == Languages.Spanish;
        var rows = new List<string[]>();
        foreach (var rule in policy.CreateRuleSet())
        {
            rows.Add([rule.Descriptor.Id, KindName(rule.Descriptor.Kind, spanish), rule.Descriptor.GetSource(culture), rule.Descriptor.GetWeightSummary(culture)]);
        }

        foreach (var disabled in policy.DisabledRules)
        {
            rows.Add([disabled.Id, KindName(disabled.Kind, spanish), disabled.GetSource(culture), spanish ? "desactivada" : "disabled"]);
        }

        rows.Insert(0, spanish ? ["id", "tipo", "sección", "peso"] : ["id", "kind", "section", "weight"]);
        var widths = Enumerable.Range(0, 3).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            stdout.Write($"{row[0].PadRight(widths[0])}  {row[1].PadRight(widths[1])}  {row[2].PadRight(widths[2])}  {row[3]}\n");
        }
    }

    // In English, the contract's kind names: the enum's names in camelCase (CounterReason → counterReason), as JSON
    // writes them. In Spanish, the words (the table is for people; rule ids stay as they are).
    private static string KindName(FindingKind kind, bool spanish) => !spanish
        ? JsonNamingPolicy.CamelCase.ConvertName(kind.ToString())
        : kind switch
        {
            FindingKind.Reason => "razón",
            FindingKind.CounterReason => "contraargumento",
            FindingKind.Exception => "excepción",
            _ => "costo",
        };

    /// <summary>An input error as a line, led by the file it is in (as a compiler names it); a document from standard input is the only one, and its lines start with the JSON path.</summary>
    private static string Located(string file, InputError error) => file == "-" ? error.ToString() : $"{file}: {error}";

    /// <summary>" (did you mean "x"?)" when one name is within two edits of what was typed and nearer than any other; else nothing.</summary>
    private static string DidYouMean(string typed, IReadOnlyList<string> names) =>
        NearestName.Find(typed, names) is { } near ? $" (did you mean \"{near}\"?)" : string.Empty;

    private static void WriteErrors(TextWriter stderr, ErrorLines errors)
    {
        foreach (var line in errors.Take(MaxErrorLines))
        {
            stderr.WriteLine(TerminalText.Escape(line));
        }

        if (errors.Count > MaxErrorLines)
        {
            stderr.WriteLine($"… and {errors.Problems - MaxErrorLines} more");
        }

        stderr.Flush();
    }

    /// <summary>The error lines to print, and how many problems they stand for: a long list's last error counts the problems it does not show.</summary>
    private sealed class ErrorLines : List<string>
    {
        private long _uncounted;

        /// <summary>Gets the number of problems: one per line, plus those a counting line stands for.</summary>
        public long Problems => Count + _uncounted;

        public void Add(string file, IReadOnlyList<InputError> problems)
        {
            foreach (var problem in problems)
            {
                Add(Located(file, problem));
                _uncounted += problem.ProblemCount - 1;
            }
        }
    }
}
