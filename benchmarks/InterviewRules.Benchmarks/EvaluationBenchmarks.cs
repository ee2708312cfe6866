using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace InterviewRules.Benchmarks;

/// <summary>
/// The same article-default policy over the same 1,024 seeded scenarios in every implementation. Each operation
/// evaluates all 1,024 (OperationsPerInvoke), so the times and allocations are per scenario.
/// One category per measure, each with its own hand-written baseline, so the Ratio column compares like with like:
/// <list type="bullet">
/// <item>score: the decision and score only (the hand-written score-only if chain is the baseline);</item>
/// <item>decision+ids: the decision and which rules fired (the hand-written chain that collects fired ids is the baseline);</item>
/// <item>explained: the same, plus every finding's English title and explanation read (baseline: the chain with ids);</item>
/// <item>json: the recommendation written as JSON into a reused UTF-8 buffer (baseline: the chain with ids).</item>
/// </list>
/// Every method folds what it read into its result, so nothing it measures can be skipped.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the instance; GlobalCleanup disposes the buffer.")]
public class EvaluationBenchmarks
{
    public const string ScoreCategory = "score";
    public const string IdsCategory = "decision+ids";
    public const string ExplainedCategory = "explained";
    public const string JsonCategory = "json";

    private const int N = Data.Count;
    private InterviewScenario[] _scenarios = null!;
    private Flat[] _flats = null!;
    private InterviewAdvisor _advisor = null!;
    private InterviewAdvisor _declarative = null!;
    private RulesEngineImplementation _rulesEngine = null!;
    private NRulesImplementation _nrules = null!;
    private MemoryStream _buffer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scenarios = Data.Scenarios();
        _flats = _scenarios.Select(s => new Flat(s)).ToArray();
        _advisor = InterviewAdvisor.Default;
        _declarative = DeclarativeArticleDefault.CreateAdvisor();
        _rulesEngine = new RulesEngineImplementation();
        _nrules = new NRulesImplementation();
        _buffer = new MemoryStream(64 * 1024);

        // The size of what the json category writes, for the report (the same line --verify prints).
        Console.WriteLine("// " + JsonBytes.Describe("article-default", _advisor, _scenarios));
    }

    [GlobalCleanup]
    public void Cleanup() => _buffer.Dispose();

    // ---- score: decision and score, nothing else -------------------------------------------------------------

    [BenchmarkCategory(ScoreCategory)]
    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "hand-written if chain, score")]
    public double HandWrittenScore()
    {
        var sum = 0.0;
        foreach (var s in _scenarios)
        {
            var (decision, score) = HandWritten.Score(s);
            sum += score + (int)decision;
        }

        return sum;
    }

    [BenchmarkCategory(ScoreCategory)]
    [Benchmark(OperationsPerInvoke = N, Description = "InterviewRules Score, article-default")]
    public double InterviewRulesScore()
    {
        var sum = 0.0;
        foreach (var s in _scenarios)
        {
            var result = _advisor.Score(s);
            sum += result.Score + (int)result.Decision;
        }

        return sum;
    }

    [BenchmarkCategory(ScoreCategory)]
    [Benchmark(OperationsPerInvoke = N, Description = "InterviewRules Score, declarative policy")]
    public double InterviewRulesScoreDeclarative()
    {
        var sum = 0.0;
        foreach (var s in _scenarios)
        {
            var result = _declarative.Score(s);
            sum += result.Score + (int)result.Decision;
        }

        return sum;
    }

    // ---- decision+ids: the decision and which rules fired ----------------------------------------------------

    [BenchmarkCategory(IdsCategory)]
    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "hand-written if chain, fired ids")]
    public int HandWrittenWithIds() => HandWrittenChainWithIds();

    [BenchmarkCategory(IdsCategory)]
    [Benchmark(OperationsPerInvoke = N, Description = "InterviewRules Recommend + FiredRuleIds")]
    public int InterviewRulesRecommendIds() => RecommendIds(_advisor);

    [BenchmarkCategory(IdsCategory)]
    [Benchmark(OperationsPerInvoke = N, Description = "InterviewRules Recommend + FiredRuleIds, declarative policy")]
    public int InterviewRulesRecommendIdsDeclarative() => RecommendIds(_declarative);

    [BenchmarkCategory(IdsCategory)]
    [Benchmark(OperationsPerInvoke = N, Description = "RulesEngine 6.0.1")]
    public int RulesEngine()
    {
        var n = 0;
        foreach (var f in _flats)
        {
            var outcome = _rulesEngine.Evaluate(f);
            n += outcome.Fired.Length + (int)outcome.Decision;
        }

        return n;
    }

    [BenchmarkCategory(IdsCategory)]
    [Benchmark(OperationsPerInvoke = N, Description = "NRules 1.0.4, reused session")]
    public int NRulesReused()
    {
        var n = 0;
        foreach (var f in _flats)
        {
            var outcome = _nrules.EvaluateReused(f);
            n += outcome.Fired.Length + (int)outcome.Decision;
        }

        return n;
    }

    [BenchmarkCategory(IdsCategory)]
    [Benchmark(OperationsPerInvoke = N, Description = "NRules 1.0.4, session per evaluation")]
    public int NRulesNewSession()
    {
        var n = 0;
        foreach (var f in _flats)
        {
            var outcome = _nrules.EvaluateNewSession(f);
            n += outcome.Fired.Length + (int)outcome.Decision;
        }

        return n;
    }

    // ---- explained: every finding's English title and explanation read ----------------------------------------

    [BenchmarkCategory(ExplainedCategory)]
    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "hand-written if chain, fired ids")]
    public int HandWrittenWithIdsForExplained() => HandWrittenChainWithIds();

    [BenchmarkCategory(ExplainedCategory)]
    [Benchmark(OperationsPerInvoke = N, Description = "InterviewRules Recommend + every Title and Explanation")]
    public long InterviewRulesExplained()
    {
        // Each string's length goes into the result, so every text is really built and read.
        long n = 0;
        foreach (var s in _scenarios)
        {
            var recommendation = _advisor.Recommend(s);
            n += (int)recommendation.Decision;
            var findings = recommendation.Findings;
            for (var i = 0; i < findings.Count; i++)
            {
                var finding = findings[i];
                n += finding.RuleId.Length + finding.Title.Length + finding.Explanation.Length;
            }
        }

        return n;
    }

    // ---- json: the recommendation written as UTF-8 JSON ------------------------------------------------------

    [BenchmarkCategory(JsonCategory)]
    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "hand-written if chain, fired ids")]
    public int HandWrittenWithIdsForJson() => HandWrittenChainWithIds();

    [BenchmarkCategory(JsonCategory)]
    [Benchmark(OperationsPerInvoke = N, Description = "InterviewRules Recommend + JSON into a reused UTF-8 buffer")]
    public long InterviewRulesJson()
    {
        // InterviewJson.Write(Recommendation, Stream) into one MemoryStream, emptied before each scenario (its capacity
        // is kept). The library offers no IBufferWriter or Utf8JsonWriter overload; today the Stream overload builds
        // the JSON string and encodes it with Encoding.UTF8.GetBytes, so both are in the allocation. Bytes written
        // per scenario: printed by GlobalSetup and by --verify.
        long bytes = 0;
        foreach (var s in _scenarios)
        {
            bytes += JsonBytes.WriteInto(_buffer, _advisor.Recommend(s));
        }

        return bytes;
    }

    private int HandWrittenChainWithIds()
    {
        var n = 0;
        foreach (var s in _scenarios)
        {
            var outcome = HandWritten.WithFiredIds(s);
            n += outcome.Fired.Length + (int)outcome.Decision;
        }

        return n;
    }

    private int RecommendIds(InterviewAdvisor advisor)
    {
        var n = 0;
        foreach (var s in _scenarios)
        {
            var recommendation = advisor.Recommend(s);
            n += recommendation.FiredRuleIds.Count + (int)recommendation.Decision;
        }

        return n;
    }
}
