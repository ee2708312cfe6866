using System;
using System.IO;
using InterviewRules.Cli;

namespace InterviewRules.Tests.PolicyLoop;

/// <summary>Runs the program in memory and gives its exit code and both outputs; and a temporary folder for files.</summary>
internal static class PolicyLoopCli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new MemoryStream(), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static string PoliciesFolder => Path.Combine(AppContext.BaseDirectory, "policies");

    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "policy-loop-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
