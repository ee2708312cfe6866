using BenchmarkDotNet.Attributes;

namespace InterviewRules.Benchmarks;

/// <summary>
/// The declarative policy (docs/policies/article-default-declarative.json) against the built-in <c>Score</c> as
/// baseline: both are the same rule shape read by the same evaluator; the same 1,024 seeded scenarios, per scenario.
/// </summary>
[MemoryDiagnoser]
public class DeclarativeParts
{
    private const int N = Data.Count;
    private InterviewScenario[] _scenarios = null!;
    private InterviewAdvisor _declarative = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scenarios = Data.Scenarios();
        _declarative = DeclarativeArticleDefault.CreateAdvisor();
    }

    [Benchmark(OperationsPerInvoke = N, Baseline = true, Description = "built-in Score")]
    public double BuiltIn()
    {
        var sum = 0.0;
        foreach (var s in _scenarios)
        {
            sum += InterviewAdvisor.Default.Score(s).Score;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "declarative Score")]
    public double Declarative()
    {
        var sum = 0.0;
        foreach (var s in _scenarios)
        {
            sum += _declarative.Score(s).Score;
        }

        return sum;
    }
}
