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

    [Fact]
    public void ManyThreads_HundredsOfThousandsOfEvaluations_EqualSequential()
    {
        const int Threads = 8;
        const int PerThread = 40_000;
        var scenarios = Generate(new Random(42), 1_000);
        var advisor = InterviewAdvisor.Default;
        var expected = scenarios.Select(s => advisor.Recommend(s)).Select(r => (r.Decision, r.Score, r.IsVetoed, string.Join(",", r.FiredRuleIds))).ToArray();
        var mismatches = 0;

        var threads = Enumerable.Range(0, Threads).Select(t => new System.Threading.Thread(() =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                var index = (i * 7 + t * 131) % scenarios.Length;
                var recommendation = advisor.Recommend(scenarios[index]);
                var score = advisor.Score(scenarios[index]);
                var actual = (recommendation.Decision, recommendation.Score, recommendation.IsVetoed, string.Join(",", recommendation.FiredRuleIds));
                if (actual != expected[index] || score.Decision != expected[index].Decision || score.Score != expected[index].Score)
                {
                    System.Threading.Interlocked.Increment(ref mismatches);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void SharedRecommendation_ReadFromManyThreads_BuildsEqualFindings()
    {
        var recommendation = InterviewAdvisor.Default.Recommend(Some.Scenario(Some.Candidate(years: 1, looking: true), concerns: [Concern.NotInterested, Concern.FearOfLeadingOn]));
        var texts = new string[16];

        Parallel.For(0, texts.Length, i => texts[i] = string.Join("|", recommendation.Findings.Select(f => f.Explanation)) + string.Join("|", recommendation.Advice));

        Assert.All(texts, t => Assert.Equal(texts[0], t));
    }
}
