using System.Diagnostics;
using System.Globalization;
using Graph.Api;
using Graph.Api.Hosting;
using Graph.Benchmarks.Api;
using Graph.Storage.Sqlite;

namespace Graph.Benchmarks;

/// <summary>
/// Requests/s and latency of the GraphQL API over HTTP on loopback: a counterparty query and a
/// depth-2 network query against a synthetic graph in the embedded store, with concurrent
/// closed-loop clients in the same process (so client and server share the CPU: a conservative
/// figure).
/// <code>
/// dotnet run -c Release --project bench/Graph.Benchmarks -- api [--entities 20000] [--reporters 2000]
///     [--concurrency 16] [--duration 10] [--warmup 3] [--db path]
/// </code>
/// </summary>
internal static class ApiBenchmark
{
    private const string CounterpartyQuery = """
        query($id: ID!) { entity(id: $id) { id name
          counterparties { entity { id name type } years totals { kind year currency amount edgeCount } } } }
        """;

    private const string NetworkQuery = """
        query($id: ID!) { network(root: $id, depth: 2, limit: 200) { truncated omitted
          nodes { id name type } edges { id kind year amount currency fromId toId } } }
        """;

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var options = ArgumentReader.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: api [--entities N] [--reporters N] [--concurrency N] [--duration S] [--warmup S] [--db PATH]");
            return 2;
        }

        var dbPath = options.Db ?? Path.Combine(Path.GetTempPath(), $"graph-api-bench-{options.Entities}-{options.Reporters}.db");
        var synthetic = new SyntheticFilings(options.Entities, options.Reporters);
        await using var store = new SqliteGraphStore(dbPath);
        await store.InitializeAsync(ct);
        var stats = await store.GetStatsAsync(ct);
        if (stats.Filings < options.Reporters)
        {
            Console.WriteLine($"Building the benchmark graph in {dbPath} ...");
            var watch = Stopwatch.StartNew();
            var edges = 0;
            foreach (var filing in synthetic.Generate())
            {
                await store.IngestAsync(filing, ct);
                edges += filing.Edges.Count;
            }
            Console.WriteLine($"  {edges:N0} edges in {watch.Elapsed.TotalSeconds:F1} s ({edges / watch.Elapsed.TotalSeconds:N0} edges/s)");
            stats = await store.GetStatsAsync(ct);
        }
        Console.WriteLine($"Graph: {stats.Entities:N0} entities, {stats.Filings:N0} filings, {stats.Transactions + stats.Balances:N0} edges");

        await using var server = await GraphApiHost.StartAsync(store, new GraphApiOptions(), ["http://127.0.0.1:0"], ct: ct);
        var url = new Uri(server.BaseAddress, "graphql");
        Console.WriteLine($"Server: {url}  clients: {options.Concurrency}  warm-up {options.Warmup} s, measured {options.Duration} s per query");

        var roots = synthetic.ReporterIds;
        var runner = new LoadRunner(url, options.Concurrency);
        var results = new List<LoadResult>();
        foreach (var (name, query) in new[] { ("counterparties", CounterpartyQuery), ("network depth 2", NetworkQuery) })
        {
            results.Add(await runner.RunAsync(name, query, roots, TimeSpan.FromSeconds(options.Warmup), TimeSpan.FromSeconds(options.Duration), ct));
        }

        Console.WriteLine();
        Console.WriteLine($"{"query",-18} {"req/s",10} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"requests",9} {"failed",7}");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Scenario,-18} {r.RequestsPerSecond,10:F0} {r.Percentile(50),8:F2} {r.Percentile(95),8:F2} {r.Percentile(99),8:F2} {r.Requests,9} {r.Failures,7}"));
        }
        return results.Any(r => r.Failures > 0 || r.Requests == 0) ? 1 : 0;
    }
}
