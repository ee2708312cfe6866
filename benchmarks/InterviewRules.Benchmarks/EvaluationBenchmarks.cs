using System.Linq;
using BenchmarkDotNet.Attributes;

namespace InterviewRules.Benchmarks;

/// <summary>
/// The same article-default policy over the same 1,024 seeded scenarios in every implementation. Each operation
/// evaluates all 1,024 (OperationsPerInvoke), so the times and allocations are per scenario.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private const int N = Data.Count;
    private InterviewScenario[] _scenarios = null!;
    private Flat[] _flats = null!;
    private InterviewAdvisor _advisor = null!;
    private InterviewAdvisor _declarative = null!;
    private RulesEngineImplementation _rulesEngine = null!;
    private NRulesImplementation _nrules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scenarios = Data.Scenarios();
        _flats = _scenarios.Select(s => new Flat(s)).ToArray();
        _advisor = InterviewAdvisor.Default;
        _declarative = InterviewAdvisor.Create(DeclarativePolicy.Create());
        _rulesEngine = new RulesEngineImplementation();
        _nrules = new NRulesImplementation();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "hand-written if chain, score")]
    public double HandWrittenScore()
    {
        var sum = 0.0;
        foreach (var s in _scenarios)
        {
            sum += HandWritten.Score(s).Score;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "hand-written if chain, fired ids")]
    public int HandWrittenWithIds()
    {
        var n = 0;
        foreach (var s in _scenarios)
        {
            n += HandWritten.WithFiredIds(s).Fired.Length;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "InterviewRules Score")]
    public double InterviewRulesScore()
    {
        var sum = 0.0;
        foreach (var s in _scenarios)
        {
            sum += _advisor.Score(s).Score;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "InterviewRules Recommend (explained)")]
    public double InterviewRulesRecommend()
    {
        // The recommendation as returned: decision, score, fired rules; findings and texts are built when read.
        var sum = 0.0;
        foreach (var s in _scenarios)
        {
            sum += _advisor.Recommend(s).Score;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "InterviewRules Recommend + read every finding")]
    public int InterviewRulesRecommendAndFindings()
    {
        // Reading the findings builds them, with their evidence (texts still wait until read).
        var n = 0;
        foreach (var s in _scenarios)
        {
            n += _advisor.Recommend(s).Findings.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "InterviewRules Recommend, declarative policy")]
    public int InterviewRulesDeclarative()
    {
        var n = 0;
        foreach (var s in _scenarios)
        {
            n += _declarative.Recommend(s).Findings.Count; // declarative findings are built eagerly
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "RulesEngine 6.0.1")]
    public int RulesEngine()
    {
        var n = 0;
        foreach (var f in _flats)
        {
            n += _rulesEngine.Evaluate(f).Fired.Length;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "NRules 1.0.4, reused session")]
    public int NRulesReused()
    {
        var n = 0;
        foreach (var f in _flats)
        {
            n += _nrules.EvaluateReused(f).Fired.Length;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "NRules 1.0.4, session per evaluation")]
    public int NRulesNewSession()
    {
        var n = 0;
        foreach (var f in _flats)
        {
            n += _nrules.EvaluateNewSession(f).Fired.Length;
        }

        return n;
    }
}
