using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InterviewRules.Fuzz;
using Xunit;

namespace InterviewRules.Tests.Json;

/// <summary>
/// Replays the fuzzing corpus (fuzz/corpus/TARGET: the seed documents, what AFL++ kept as interesting inputs, and
/// the inputs that once failed) through the very targets the harness runs (FuzzTargets, linked from fuzz/): nothing
/// may escape but a false Try…, and every output must be well-formed. Fuzzing itself runs outside CI
/// (docs/reliability.md).
/// </summary>
public class FuzzCorpusTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "fuzz-corpus");

    public static IEnumerable<object[]> Inputs() =>
        new[] { "scenario", "policy", "render" }
            .SelectMany(target => Directory.GetFiles(Path.Combine(Root, target)).Select(file => new object[] { target, Path.GetFileName(file)! }))
            .OrderBy(x => (string)x[0], StringComparer.Ordinal)
            .ThenBy(x => (string)x[1], StringComparer.Ordinal);

    [Fact]
    public void Corpus_IsThere_ForEveryTarget()
    {
        Assert.True(Directory.GetFiles(Path.Combine(Root, "scenario")).Length >= 17);
        Assert.True(Directory.GetFiles(Path.Combine(Root, "policy")).Length >= 3);
        Assert.True(Directory.GetFiles(Path.Combine(Root, "render")).Length >= 7);
    }

    [Theory]
    [MemberData(nameof(Inputs), DisableDiscoveryEnumeration = true)]
    public void Input_IsReadOrRejected_NeverCrashes(string target, string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Root, target, name));

        FuzzTargets.Get(target)(bytes);
    }

    [Fact]
    public void AnUnknownTarget_IsNamed()
    {
        var error = Assert.Throws<ArgumentException>(() => FuzzTargets.Get("yaml"));

        Assert.Contains("the targets are scenario, policy and render", error.Message, StringComparison.Ordinal);
    }
}
