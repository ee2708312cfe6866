using System.Linq;
using BenchmarkDotNet.Attributes;
using InterviewRules.Policies;

namespace InterviewRules.Benchmarks;

/// <summary>
/// Where the declarative policy's time goes, against the built-in <c>Score</c> as baseline: the whole declarative
/// <c>Score</c>, and its condition table alone (<c>Policies/ConditionTable.cs</c>, every custom rule's condition for
/// one scenario), which reaches the library's internals (InternalsVisibleTo this assembly); the same 1,024 seeded
/// scenarios, per scenario.
/// </summary>
[MemoryDiagnoser]
public class DeclarativeParts
{
    private const int N = Data.Count;
    private InterviewScenario[] _scenarios = null!;
    private InterviewAdvisor _declarative = null!;
    private ConditionTable _table = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scenarios = Data.Scenarios();
        _declarative = DeclarativeArticleDefault.CreateAdvisor();
        var programs = _declarative.Evaluator.Rules.OfType<DeclarativeRule>().Select(r => r.Program).ToArray();
        _table = ConditionTable.TryCreate(programs)!;
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

    [Benchmark(OperationsPerInvoke = N, Description = "its condition table alone")]
    public ulong Table()
    {
        var held = 0UL;
        foreach (var s in _scenarios)
        {
            held += _table.Evaluate(s);
        }

        return held;
    }
}
