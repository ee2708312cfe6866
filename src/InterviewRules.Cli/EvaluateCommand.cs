using System.CommandLine;
using System.Globalization;
using System.Linq;
using InterviewRules.Rendering;

namespace InterviewRules.Cli;

/// <summary><c>evaluate FILE|- [--format text|markdown|json|svg] [--policy FILE] [--counterfactuals] [--culture TAG]</c>.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var file = CliOptions.File("The scenario file (JSON), or - to read standard input.");
        var format = CliOptions.Format("The output format: text (default), markdown, json or svg (a waterfall of the findings).", [.. Renderers.Names]);
        var policy = CliOptions.Policy("A policy file (JSON) that tunes the article's rules and adds declarative ones; article-default when left out.");
        var counterfactuals = new Option<bool>("--counterfactuals") { Description = "Also say what would change the advice: the cheapest catalogued changes that flip the decision." };
        var culture = CliOptions.Culture("the texts");

        var command = new Command("evaluate", "Recommend whether to take the interview a scenario describes, and explain why.");
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(policy);
        command.Options.Add(counterfactuals);
        command.Options.Add(culture);
        command.SetAction(result =>
        {
            if (!CliOptions.TryGetCulture(result, culture, context, out var language) | !CliInput.TryCreateAdvisor(result.GetValue(policy), context.Errors, out var advisor))
            {
                return CliApp.BadInput;
            }

            return Evaluate(advisor!, result.GetValue(file)!, result.GetValue(format)!, result.GetValue(counterfactuals), language, context);
        });
        return command;
    }

    private static int Evaluate(InterviewAdvisor advisor, string file, string format, bool withCounterfactuals, CultureInfo? culture, CliContext context)
    {
        if (!CliInput.TryRead(file, context.Stdin, context.Errors, out var bytes))
        {
            return CliApp.BadInput;
        }

        if (!InterviewJson.TryReadScenario(bytes, out var scenario, out var problems))
        {
            context.Errors.Add(file, problems);
            return CliApp.BadInput;
        }

        var recommendation = advisor.Recommend(scenario);
        context.Output.Write(Renderers.Render(format, recommendation, withCounterfactuals ? advisor.Counterfactuals(scenario) : null, culture));

        // A rule that threw is an internal fault: the recommendation still says which (stdout), the exit code says so too.
        return recommendation.IsComplete ? CliApp.Ok : CliApp.Fault;
    }
}
