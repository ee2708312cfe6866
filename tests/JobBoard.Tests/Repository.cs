using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace JobBoard.Tests;

/// <summary>Where the repository's files are, for the tests: the examples beside the assembly, the root for artifacts.</summary>
internal static class Repository
{
    public static string ExamplesFolder => Path.Combine(AppContext.BaseDirectory, "examples");

    public static IEnumerable<object[]> Examples() =>
        Directory.GetFiles(ExamplesFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).Select(n => new object[] { n! });

    public static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(ExamplesFolder, name + ".json"));

    public static byte[] Policy(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "policies", file));

    public static byte[] Inbox => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "inbox", "six-invitations.json"));

    public static CultureInfo? Culture(string language) => language == "es" ? CultureInfo.GetCultureInfo("es") : null;

    /// <summary>The repository's root: the folder above the assembly that holds InterviewRules.sln.</summary>
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "InterviewRules.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException($"No InterviewRules.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>A folder under artifacts/ (ignored by git), created when missing.</summary>
    public static string Artifacts(string name) => Directory.CreateDirectory(Path.Combine(Root, "artifacts", name)).FullName;
}
