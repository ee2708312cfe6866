using System.CommandLine;

namespace InterviewRules.Cli;

/// <summary><c>validate FILE</c>: checks a policy file and lists every problem in it.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var file = CliOptions.File("The policy file (JSON) to check.");
        var command = new Command("validate", "Check a policy file and list every problem in it.");
        command.Arguments.Add(file);
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!CliInput.TryReadPolicy(path, context.Errors, out var validated))
            {
                return CliApp.BadInput;
            }

            context.Output.Write($"{path}: valid policy {validated.Name} {validated.Version} ({validated.Fingerprint}), {validated.CreateRuleSet().Count} rules, {validated.CustomRules.Count} custom.\n");
            return CliApp.Ok;
        });
        return command;
    }
}
