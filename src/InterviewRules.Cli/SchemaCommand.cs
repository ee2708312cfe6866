using System.CommandLine;

namespace InterviewRules.Cli;

/// <summary><c>schema NAME</c>: prints a contract's JSON Schema.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "scenario, recommendation, policy or ranking." };
        name.AcceptOnlyFromAmong([.. InterviewJson.SchemaNames]);
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of a contract.");
        command.Arguments.Add(name);
        command.SetAction(result =>
        {
            context.Output.Write(InterviewJson.Schema(result.GetValue(name)!));
            return CliApp.Ok;
        });
        return command;
    }
}
