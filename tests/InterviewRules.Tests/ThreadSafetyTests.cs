using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InterviewRules.Tests;

public class ThreadSafetyTests
{
    internal static InterviewScenario[] Generate(Random random, int count) => Enumerable.Range(0, count).Select(_ => Generate(random)).ToArray();

    private static InterviewScenario Generate(Random random)
    {
        var concerns = Enum.GetValues<Concern>().Where(_ => random.Next(4) == 0).ToArray();
        var flags = Enum.GetValues<RedFlag>().Where(_ => random.Next(8) == 0).ToArray();
        return new InterviewScenario(
            new Candidate(Math.Round(random.NextDouble() * 20, 1), random.Next(0, 6), random.Next(2) == 0, random.Next(0, 5)),
            new Opportunity((InterviewerRole)random.Next(6), (InterviewFormat)random.Next(3), Math.Round(random.NextDouble() * 12, 1), 0.5 + random.Next(0, 8)),
            concerns,
            flags);
    }

    [Fact]
    public void ParallelEvaluation_OfManyScenarios_EqualsSequential()
    {
        var random = new Random(20261126);
        var scenarios = Enumerable.Range(0, 2_000).Select(_ => Generate(random)).ToArray();
        var advisor = InterviewAdvisor.Default;

        var sequential = scenarios.Select(s => InterviewJson.Write(advisor.Recommend(s))).ToArray();
        var parallel = new string[scenarios.Length];
        Parallel.For(0, scenarios.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var index = i % scenarios.Length;
            var json = InterviewJson.Write(advisor.Recommend(scenarios[index]));
            if (i < scenarios.Length)
            {
                parallel[index] = json;
            }
            else
            {
                Assert.Equal(sequential[index], json);
            }
        });

        Assert.Equal(sequential, parallel);
        Assert.Contains(sequential, s => s.Contains("\"decision\": \"decline\"", StringComparison.Ordinal));
        Assert.Contains(sequential, s => s.Contains("\"decision\": \"accept\"", StringComparison.Ordinal));
    }
}
