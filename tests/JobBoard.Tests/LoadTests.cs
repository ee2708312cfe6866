using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace JobBoard.Tests;

/// <summary>The load test runs alone, after the others, so its figures measure the server rather than the other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "load";
}

/// <summary>
/// A bounded load test on loopback: a fixed number of requests (and a time limit) to <c>/api/recommendations</c> on
/// the sample's Kestrel at 127.0.0.1, with and without counterfactuals, from a few concurrent clients. It reports
/// throughput, p50/p99 latency and memory before and after (test output and artifacts/job-board/load-test.md); it
/// asserts only that no request failed.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class LoadTests : IClassFixture<LoopbackServer>
{
    private const int Requests = 2_000;
    private const int Clients = 4;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private readonly LoopbackServer _server;
    private readonly ITestOutputHelper _output;

    public LoadTests(LoopbackServer server, ITestOutputHelper output)
    {
        _server = server;
        _output = output;
    }

    [Fact]
    public async Task Recommendations_FixedCountOnLoopback_NoRequestFails()
    {
        var bodies = Repository.Examples().Select(e => Repository.Example((string)e[0])).ToArray();
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = Clients }) { BaseAddress = _server.Address };
        await RunAsync(client, "/api/recommendations", bodies, 200); // warm-up: JIT, pools, connections
        await RunAsync(client, "/api/recommendations?counterfactuals=true", bodies, 200);

        var before = Memory.Now();
        var plain = await RunAsync(client, "/api/recommendations", bodies, Requests);
        var counterfactuals = await RunAsync(client, "/api/recommendations?counterfactuals=true", bodies, Requests);
        var after = Memory.Now();

        var report = string.Join('\n',
            $"{Requests:N0} requests per run, {Clients} concurrent clients, limit {Limit.TotalSeconds:0} s per run; {Environment.ProcessorCount} cores; .NET {Environment.Version}",
            "",
            "| request | completed | failed | throughput | p50 | p99 |",
            "|---|---:|---:|---:|---:|---:|",
            plain.Row("POST /api/recommendations"),
            counterfactuals.Row("POST /api/recommendations?counterfactuals=true"),
            "",
            $"memory (server and client in one process): managed heap {before.HeapMb:0.0} MB before, {after.HeapMb:0.0} MB after (after a full collection); working set {before.WorkingSetMb:0} MB before, {after.WorkingSetMb:0} MB after",
            "");
        _output.WriteLine(report);
        File.WriteAllText(Path.Combine(Repository.Artifacts("job-board"), "load-test.md"), report);

        Assert.True(plain.Failed == 0, $"{plain.Failed} plain requests failed: {plain.FirstFailure}");
        Assert.True(counterfactuals.Failed == 0, $"{counterfactuals.Failed} requests with counterfactuals failed: {counterfactuals.FirstFailure}");
    }

    private static async Task<Run> RunAsync(HttpClient client, string path, byte[][] bodies, int count)
    {
        var latencies = new double[count];
        var next = -1;
        var failed = 0;
        string? firstFailure = null;
        using var limit = new CancellationTokenSource(Limit);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count && !limit.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(bodies[i % bodies.Length]);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    using var response = await client.PostAsync(path, content, limit.Token);
                    var body = await response.Content.ReadAsByteArrayAsync(limit.Token);
                    if (!response.IsSuccessStatusCode || body.Length == 0)
                    {
                        Interlocked.Increment(ref failed);
                        Interlocked.CompareExchange(ref firstFailure, $"{(int)response.StatusCode} for request {i}", null);
                    }
                }
                catch (OperationCanceledException) when (limit.IsCancellationRequested)
                {
                    latencies[i] = double.NaN; // cut by the time limit: not a failure, not a latency
                    continue;
                }
                catch (HttpRequestException ex)
                {
                    Interlocked.Increment(ref failed);
                    Interlocked.CompareExchange(ref firstFailure, ex.Message, null);
                }

                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })).ToArray();
        await Task.WhenAll(workers);
        clock.Stop();
        var done = latencies.Take(Math.Min(count, next)).Where(l => l > 0).Order().ToArray();
        return new Run(done, failed, firstFailure, clock.Elapsed);
    }

    private sealed record Run(double[] Latencies, int Failed, string? FirstFailure, TimeSpan Elapsed)
    {
        public string Row(string name) => string.Create(
            CultureInfo.InvariantCulture,
            $"| `{name}` | {Latencies.Length:N0} in {Elapsed.TotalSeconds:0.00} s | {Failed} | {Latencies.Length / Elapsed.TotalSeconds:N0} req/s | {Percentile(0.50):0.00} ms | {Percentile(0.99):0.00} ms |");

        private double Percentile(double p) => Latencies.Length == 0 ? double.NaN : Latencies[Math.Min(Latencies.Length - 1, (int)Math.Ceiling(p * Latencies.Length) - 1)];
    }

    private readonly record struct Memory(double HeapMb, double WorkingSetMb)
    {
        public static Memory Now()
        {
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            using var process = Process.GetCurrentProcess();
            return new Memory(heap / 1048576.0, process.WorkingSet64 / 1048576.0);
        }
    }
}
