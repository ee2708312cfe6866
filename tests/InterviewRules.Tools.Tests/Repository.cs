using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace InterviewRules.Tools.Tests;

/// <summary>Where things are: the repository, its examples, and the built interview-rules program.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The docs/examples scenarios (not their *.expected.json sidecars), by file name.</summary>
    public static IEnumerable<object[]> Examples() =>
        Directory.GetFiles(Path.Combine(Root, "docs", "examples"), "*.json")
            .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    public static string Example(string name) => Path.Combine(Root, "docs", "examples", name);

    /// <summary>The dotnet host that runs the tests (so the program runs on the same runtime).</summary>
    public static string DotNet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>The built program, in the configuration the tests were built in (the project reference builds it).</summary>
    public static string Program
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var program = Path.Combine(Root, "src", "InterviewRules.Cli", "bin", configuration, "net10.0", "interview-rules.dll");
            return File.Exists(program) ? program : throw new FileNotFoundException($"The program is not built at {program}.");
        }
    }

    /// <summary>Runs the program to the end; returns its exit code, standard output and standard error.</summary>
    public static (int Code, string Stdout, string Stderr) Run(params string[] args) => RunWithInput(string.Empty, args);

    /// <summary>Runs the program with a standard input that ends after <paramref name="input"/>.</summary>
    public static (int Code, string Stdout, string Stderr) RunWithInput(string input, params string[] args)
    {
        var start = new ProcessStartInfo(DotNet) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    private static string FindRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
