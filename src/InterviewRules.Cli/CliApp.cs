using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;

namespace InterviewRules.Cli;

/// <summary>
/// The interview-rules program. Exit codes: 0 when a recommendation (or listing) was produced, 2 for bad input or a
/// usage error (messages on stderr only, nothing on stdout), 1 for an internal fault. Never a stack trace. Each
/// command is a file of its own (<see cref="EvaluateCommand"/>, <see cref="RankCommand"/>, …); this one parses,
/// reports usage errors and writes what the command's action answered.
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
        var context = new CliContext(stdin);
        int code;
        try
        {
            code = Dispatch(args, context);
            if (code == Ok && context.Serve is { } serve)
            {
                if (protocolOut is null)
                {
                    stderr.WriteLine("mcp: this host gives the program no standard output to serve on.");
                    return BadInput;
                }

                return McpCommand.Serve(serve.Advisor, serve.Culture, stdin, protocolOut);
            }

            if (code == Ok && context.Streamed is { } streamed)
            {
                return streamed(stdout, stderr);
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
            WriteErrors(stderr, context.Errors);
            return code;
        }

        try
        {
            stdout.Write(TerminalText.Escape(context.Output.ToString()));
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

    private static int Dispatch(string[] args, CliContext context)
    {
        var root = new RootCommand("interview-rules: should this person take this interview, and why? Rules from \"5 Reasons to Take That Next Interview\".");
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(AssessCommand.Create(context));
        root.Subcommands.Add(RulesCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(RankCommand.Create(context));
        root.Subcommands.Add(SchemaCommand.Create(context));
        root.Subcommands.Add(TestCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(SampleCommand.Create(context));
        root.Subcommands.Add(Mcp(context));
        root.Subcommands.Add(Help(root, context));

        var commandNames = root.Subcommands.Select(c => c.Name).ToArray();
        if (args.Length == 0)
        {
            context.Errors.Add($"usage: interview-rules COMMAND [options]; the commands are {string.Join(", ", commandNames)} (interview-rules help shows what each does).");
            return BadInput;
        }

        if (!args[0].StartsWith('-') && !commandNames.Contains(args[0]))
        {
            // One line for a mistyped command, not the parser's cascade about every argument after it.
            context.Errors.Add($"usage: \"{args[0]}\" is not a command{DidYouMean(args[0], commandNames)}; the commands are {string.Join(", ", commandNames)}.");
            return BadInput;
        }

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            AddUsageErrors(result, context.Errors);
            return BadInput;
        }

        // --help or --version on any command (or the root command alone): System.CommandLine prints them to our
        // writer; nothing is evaluated. Otherwise the chosen command's action runs and its exit code is the program's.
        var command = result.CommandResult.Command;
        if (command == root || result.Action != command.Action)
        {
            return result.Invoke(Invocation(context)) == 0 ? Ok : BadInput;
        }

        return result.Invoke(Invocation(context));
    }

    /// <summary><c>mcp [--policy FILE] [--culture TAG]</c>: the options are read here; <see cref="McpCommand"/> serves once the parse is over.</summary>
    private static Command Mcp(CliContext context)
    {
        var policy = CliOptions.Policy("A policy file (JSON) the tools apply; article-default when left out.");
        var culture = CliOptions.Culture("the tools' texts when a call names none");
        var command = new Command("mcp", "Serve the chat-assistant tools (evaluate_interview, rank_invitations, list_rules, what_would_change_it) over MCP on standard input and output, until the input ends.");
        command.Options.Add(policy);
        command.Options.Add(culture);
        command.SetAction(result =>
        {
            if (!CliOptions.TryGetCulture(result, culture, context, out var language) | !CliInput.TryCreateAdvisor(result.GetValue(policy), context.Errors, out var advisor))
            {
                return BadInput;
            }

            context.Serve = new McpRequest(advisor!, language);
            return Ok;
        });
        return command;
    }

    /// <summary><c>help [COMMAND]</c>: the same text as <c>--help</c>, for the program or for the command named.</summary>
    private static Command Help(RootCommand root, CliContext context)
    {
        var name = new Argument<string?>("COMMAND") { Description = "The command to explain; all of them when left out.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("help", "Show how to use the program, or one command.");
        command.Arguments.Add(name);
        command.SetAction(result =>
        {
            var named = result.GetValue(name);
            if (named is not null && !root.Subcommands.Any(c => c.Name == named))
            {
                context.Errors.Add($"usage: help: \"{named}\" is not a command; the commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
                return BadInput;
            }

            return root.Parse(named is null ? ["--help"] : [named, "--help"]).Invoke(Invocation(context)) == 0 ? Ok : BadInput;
        });
        return command;
    }

    // Help and version text go to the answer; an exception in an action is the program's internal fault, not the parser's.
    private static InvocationConfiguration Invocation(CliContext context) =>
        new() { Output = context.Output, Error = context.Output, EnableDefaultExceptionHandler = false };

    private static void AddUsageErrors(ParseResult result, ErrorLines errors)
    {
        const string Unrecognized = "Unrecognized command or argument '";
        var command = result.CommandResult.Command;
        var optionNames = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct().ToArray();
        var mistypedOption = result.Errors.Any(e => e.Message.StartsWith(Unrecognized + "--", StringComparison.Ordinal));
        foreach (var error in result.Errors)
        {
            // A mistyped option gets the nearest option of its command suggested: "--formt" → did you mean "--format"?
            var token = error.Message.StartsWith(Unrecognized, StringComparison.Ordinal) && error.Message.EndsWith("'.", StringComparison.Ordinal)
                ? error.Message[Unrecognized.Length..^2]
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
    }

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
}
