using System.CommandLine;
using System.Globalization;
using InterviewRules.Rendering;

namespace InterviewRules.Cli;

/// <summary><c>assess FILE|- [--format text|markdown|json] [--policy FILE] [--culture TAG]</c>: decides with what is known.</summary>
internal static class AssessCommand
{
    public static Command Create(CliContext context)
    {
        var file = CliOptions.File("The partial scenario file (JSON: any field may be left out, meaning unknown), or - to read standard input.");
        var format = CliOptions.Format("The output format: text (default), markdown or json.", [.. Renderers.AssessmentNames]);
        var policy = CliOptions.Policy("A policy file (JSON) that tunes the article's rules and adds declarative ones; article-default when left out.");
        var culture = CliOptions.Culture("the texts");

        var command = new Command("assess", "Decide with what is known so far: settled, or the question worth asking next.");
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(policy);
        command.Options.Add(culture);
        command.SetAction(result =>
        {
            if (!CliOptions.TryGetCulture(result, culture, context, out var language) | !CliInput.TryCreateAdvisor(result.GetValue(policy), context.Errors, out var advisor))
            {
                return CliApp.BadInput;
            }

            return Assess(advisor!, result.GetValue(file)!, result.GetValue(format)!, language, context);
        });
        return command;
    }

    private static int Assess(InterviewAdvisor advisor, string file, string format, CultureInfo? culture, CliContext context)
    {
        if (!CliInput.TryRead(file, context.Stdin, context.Errors, out var bytes))
        {
            return CliApp.BadInput;
        }

        if (!InterviewJson.TryReadPartialScenario(bytes, out var scenario, out var problems))
        {
            context.Errors.Add(file, problems);
            return CliApp.BadInput;
        }

        // Settled, open and undetermined are all answers: exit 0.
        context.Output.Write(Renderers.Render(format, advisor.Assess(scenario), culture));
        return CliApp.Ok;
    }
}
