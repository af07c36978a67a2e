using System.Diagnostics;
using System.Globalization;
using Graph.Api;
using Graph.Api.Hosting;
using Graph.Benchmarks.Api;
using Graph.Benchmarks.Store;
using Graph.Core.Storage;
using Graph.Storage.Sqlite;

namespace Graph.Benchmarks;

/// <summary>
/// Requests/s and latency of the GraphQL API over HTTP on loopback: a counterparty query and a
/// depth-2 network query on the store benchmark's synthetic graph (power-law degrees; 100k
/// entities and 1M edges by default) in the embedded store, with concurrent closed-loop clients
/// in the same process (client and server share the CPU: a conservative figure).
/// <code>
/// dotnet run -c Release --project bench/Graph.Benchmarks -- api [--concurrency 16] [--duration 10] [--warmup 3] [--only counterparties|network]
///     [--entities 100000] [--edges 1000000] [--db path]   (graph options as for 'store')
/// </code>
/// The graph is written once to a file named after its shape and reused by later runs. When wrk
/// is installed the same queries are also measured with it, from a separate process.
/// </summary>
internal static class ApiBenchmark
{
    private const string CounterpartyQuery = """
        query($id: ID!) { entity(id: $id) { id name
          counterparties { entity { id name type } years totals { kind year currency amount edgeCount } } } }
        """;

    private const string NetworkQuery = """
        query($id: ID!) { network(root: $id, depth: 2, limit: 200) { truncated omitted edgesOmitted
          nodes { id name type } edges { id kind year amount currency fromId toId } } }
        """;

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        ApiBenchmarkOptions options;
        try
        {
            options = ArgumentReader.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine("usage: api [--concurrency N] [--duration S] [--warmup S] [--entities N] [--edges N] [--db PATH] ...");
            return 2;
        }

        if (!System.Runtime.GCSettings.IsServerGC)
            Console.WriteLine("Note: `graph serve` runs with server GC; run with DOTNET_gcServer=1 to measure the API as it is served.");
        var shape = options.Graph;
        var synthetic = SyntheticGraph.Generate(shape);
        var dbPath = shape.Db ?? Path.Combine(Path.GetTempPath(), $"graph-api-bench-{shape.Entities}-{shape.Edges}-{shape.Seed}.db");
        await using var store = new SqliteGraphStore(dbPath);
        await store.InitializeAsync(ct);
        var stats = await store.GetStatsAsync(ct);
        if (stats.Filings != synthetic.Filings.Count)
        {
            Console.WriteLine($"Writing the benchmark graph to {dbPath} ...");
            var watch = Stopwatch.StartNew();
            foreach (var batch in synthetic.Filings.Chunk(shape.Batch))
                await store.IngestBatchAsync(batch, ct);
            Console.WriteLine($"  {synthetic.Filings.Sum(f => f.Edges.Count):N0} edges in {watch.Elapsed.TotalSeconds:F1} s");
            stats = await store.GetStatsAsync(ct);
        }
        Console.WriteLine($"Graph: {stats.Entities:N0} entities, {stats.Filings:N0} filings, {stats.Transactions + stats.Balances:N0} edges ({dbPath})");

        // Roots: every reporter once, in a fixed shuffled order; the Zipf draw makes a few of them hubs.
        var roots = synthetic.Filings.Select(f => f.Filing.ReporterId).Distinct().ToArray();
        new Random(7).Shuffle(roots);

        await using var server = await GraphApiHost.StartAsync(store, new GraphApiOptions(), ["http://127.0.0.1:0"], ct: ct);
        var url = new Uri(server.BaseAddress, "graphql");
        Console.WriteLine($"Server {url}; {options.Concurrency} clients; {roots.Length:N0} roots; warm-up {options.Warmup} s, measured {options.Duration} s per query");

        var warmup = TimeSpan.FromSeconds(options.Warmup);
        var duration = TimeSpan.FromSeconds(options.Duration);
        var runner = new LoadRunner(url, options.Concurrency);
        var direct = new DirectLoadRunner(options.Concurrency);
        var results = new List<LoadResult>();
        if (options.Measures("counterparties"))
        {
            results.Add(await runner.RunAsync("counterparties", CounterpartyQuery, roots, warmup, duration, ct));
            results.Add(await direct.RunAsync("  store alone", async (id, token) =>
            {
                // What the API asks the store for this query: the entity, then its counterparties.
                await store.GetEntitiesAsync([id], token);
                await store.GetCounterpartiesAsync([id], EdgeFilter.None, token);
            }, roots, warmup, duration, ct));
        }
        if (options.Measures("network"))
        {
            results.Add(await runner.RunAsync("network depth 2", NetworkQuery, roots, warmup, duration, ct));
            results.Add(await direct.RunAsync("  store alone", (id, token) =>
                store.GetNetworkAsync(id, 2, EdgeFilter.None, 200, NetworkEdgeSelection.DefaultEdgeLimit, token), roots, warmup, duration, ct));
        }

        Console.WriteLine();
        Console.WriteLine($"{"query",-18} {"req/s",10} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"requests",9} {"failed",7}");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Scenario,-18} {r.RequestsPerSecond,10:F0} {r.Percentile(50),8:F2} {r.Percentile(95),8:F2} {r.Percentile(99),8:F2} {r.Requests,9} {r.Failures,7}"));
        }

        var wrkFailed = false;
        if (WrkRunner.IsInstalled)
        {
            Console.WriteLine();
            Console.WriteLine($"wrk (separate process, 2 threads, {options.Concurrency} connections, {options.Duration} s):");
            foreach (var (name, query) in new[] { ("counterparties", CounterpartyQuery), ("network depth 2", NetworkQuery) })
            {
                if (!options.Measures(name.Split(' ')[0]))
                    continue;
                try
                {
                    var w = await WrkRunner.RunAsync(url, name, query, roots, options.Concurrency, options.Duration, ct);
                    wrkFailed |= w.Failures > 0 || w.Requests == 0;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{w.Scenario,-18} {w.RequestsPerSecond,10:F0} {w.P50,8:F2} {w.P95,8:F2} {w.P99,8:F2} {w.Requests,9} {w.Failures,7}"));
                }
                catch (InvalidOperationException e)
                {
                    wrkFailed = true;
                    Console.WriteLine($"{name,-18} wrk failed: {e.Message}");
                }
            }
        }
        else
        {
            Console.WriteLine("(wrk is not installed: apt-get install -y wrk adds a measurement with an out-of-process client)");
        }
        return wrkFailed || results.Any(r => r.Failures > 0 || r.Requests == 0) ? 1 : 0;
    }
}
