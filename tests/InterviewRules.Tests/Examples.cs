using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace InterviewRules.Tests;

/// <summary>The scenarios of docs/examples (copied next to the test assembly) and what their sidecars say the article implies.</summary>
internal static class Examples
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "examples");

    public static IEnumerable<object[]> Names() =>
        Directory.GetFiles(Folder, "*.json")
            .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal))
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Order(StringComparer.Ordinal)
            .Select(n => new object[] { n });

    public static string ScenarioPath(string name) => Path.Combine(Folder, name + ".json");

    public static byte[] ScenarioBytes(string name) => File.ReadAllBytes(ScenarioPath(name));

    public static Expectation Expected(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, name + ".expected.json")));
        var root = document.RootElement;
        return new Expectation(
            root.GetProperty("decision").GetString()!,
            root.GetProperty("score").GetDouble(),
            root.GetProperty("mustFire").EnumerateArray().Select(e => e.GetString()!).ToArray(),
            root.GetProperty("mustNotFire").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    internal sealed record Expectation(string Decision, double Score, string[] MustFire, string[] MustNotFire);
}
