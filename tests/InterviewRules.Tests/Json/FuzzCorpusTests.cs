using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace InterviewRules.Tests.Json;

/// <summary>
/// Replays the fuzzing corpus (fuzz/corpus: the seed documents and what AFL++ kept as interesting inputs) through
/// the readers as the harness does: nothing may escape but a false Try…, and what is accepted must evaluate and
/// render. Fuzzing itself runs outside CI (docs/reliability.md).
/// </summary>
public class FuzzCorpusTests
{
    public static IEnumerable<object[]> Inputs() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fuzz-corpus"))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    [Fact]
    public void Corpus_IsThere() => Assert.True(Inputs().Count() >= 17);

    [Theory]
    [MemberData(nameof(Inputs), DisableDiscoveryEnumeration = true)]
    public void Input_IsReadOrRejected_NeverCrashes(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fuzz-corpus", name));

        if (InterviewJson.TryReadScenario(bytes, out var scenario, out var errors))
        {
            var recommendation = InterviewAdvisor.Default.Recommend(scenario);
            Assert.NotEmpty(InterviewJson.Write(recommendation));
            Assert.NotEmpty(recommendation.ToString());
        }
        else
        {
            Assert.NotEmpty(errors);
        }

        if (InterviewJson.TryReadPolicy(bytes, out var policy, out var policyErrors))
        {
            Assert.NotNull(InterviewAdvisor.Create(policy).Recommend(Some.Scenario()));
        }
        else
        {
            Assert.NotEmpty(policyErrors);
        }
    }
}
