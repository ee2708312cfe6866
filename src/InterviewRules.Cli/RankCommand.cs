using System.CommandLine;
using System.Linq;

namespace InterviewRules.Cli;

/// <summary><c>rank FILE|- [--policy FILE] [--culture TAG] [--format text|json]</c>: a candidate's invitations, best first.</summary>
internal static class RankCommand
{
    public static Command Create(CliContext context)
    {
        var file = CliOptions.File("A JSON array of scenarios (a candidate's invitations), or - to read standard input.");
        var policy = CliOptions.Policy("A policy file (JSON); article-default when left out.");
        var culture = CliOptions.Culture("the ranking's lines");
        var format = CliOptions.Format("The output format: text (default), or json (the ranking contract: each invitation's rank, place in the input, decision, score and first three reasons).", "text", "json");

        var command = new Command("rank", "Rank a candidate's interview invitations, best first: accept before decline, vetoes last, then by score; ties keep input order.");
        command.Arguments.Add(file);
        command.Options.Add(policy);
        command.Options.Add(culture);
        command.Options.Add(format);
        command.SetAction(result =>
        {
            if (!CliOptions.TryGetCulture(result, culture, context, out var language) | !CliInput.TryCreateAdvisor(result.GetValue(policy), context.Errors, out var advisor))
            {
                return CliApp.BadInput;
            }

            var path = result.GetValue(file)!;
            if (!CliInput.TryRead(path, context.Stdin, context.Errors, out var bytes))
            {
                return CliApp.BadInput;
            }

            if (!InterviewJson.TryReadScenarios(bytes, out var scenarios, out var problems))
            {
                context.Errors.Add(path, problems);
                return CliApp.BadInput;
            }

            if (result.GetValue(format) == "json")
            {
                context.Output.Write(InterviewJson.WriteRanking(advisor!, scenarios, language));
                return CliApp.Ok;
            }

            if (scenarios.Count == 0)
            {
                context.Output.Write("Nothing to rank: the list of invitations is empty.\n");
                return CliApp.Ok;
            }

            var position = 1;
            foreach (var ranked in advisor!.Rank(scenarios))
            {
                context.Output.Write($"{position++}. {ranked.GetText(language)}\n");
            }

            return CliApp.Ok;
        });
        return command;
    }
}
