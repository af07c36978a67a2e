using System.Diagnostics;
using System.Globalization;
using Graph.Benchmarks.Store;
using Graph.Core.Storage;
using Graph.Storage.Sqlite;

namespace Graph.Benchmarks;

/// <summary>
/// The embedded store on a synthetic graph shaped like the real one (see <see cref="SyntheticGraph"/>):
/// ingest rate, then depth-2 network and 3-hop path latencies, each next to a bare in-memory
/// BFS over the same edges timed in the same run.
/// <c>store [--entities 100000] [--edges 1000000] [--years 5] [--edges-per-filing 100] [--queries 200] [--batch 1000] [--limit 200] [--edge-limit 1000] [--db PATH]</c>
/// </summary>
internal static class StoreBenchmark
{
    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        StoreBenchOptions options;
        try
        {
            options = StoreBenchOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        Console.WriteLine($"Synthetic graph: {options.Entities:N0} entities, {options.Edges:N0} edges, {options.Years} years, " +
                          $"{options.EdgesPerFiling} edges per filing, Zipf skew {options.Skew}");
        var clock = Stopwatch.StartNew();
        var graph = SyntheticGraph.Generate(options);
        Console.WriteLine($"  generated {graph.Filings.Count:N0} filings in {clock.Elapsed.TotalSeconds:F1} s");

        var path = options.Db ?? Path.Combine(Path.GetTempPath(), $"graph-store-bench-{Guid.NewGuid():N}.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(path + suffix);
        try
        {
            await using var store = new SqliteGraphStore(path);
            await store.InitializeAsync(ct);

            // CPU time is printed beside wall time: on a shared machine it shows what the work itself costs.
            var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            if (options.Batch == 1)
            {
                foreach (var filing in graph.Filings)
                    await store.IngestAsync(filing, ct);
            }
            else
            {
                foreach (var batch in graph.Filings.Chunk(options.Batch))
                {
                    var result = await store.IngestBatchAsync(batch, ct);
                    if (result.Failures.Count > 0)
                        throw new InvalidOperationException($"Filing {result.Failures[0].FilingId} failed: {result.Failures[0].Error}");
                }
            }
            var ingestSeconds = clock.Elapsed.TotalSeconds;
            var ingestCpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine($"Ingest: {options.Edges:N0} edges in {ingestSeconds:F1} s = {options.Edges / ingestSeconds:N0} edges/s " +
                              $"({graph.Filings.Count / ingestSeconds:N0} filings/s, " +
                              (options.Batch == 1 ? "one transaction each" : $"batches of {options.Batch} filings, a savepoint each") +
                              ")   target >= 100,000 edges/s");
            Console.WriteLine($"  CPU time {ingestCpu:F1} s = {options.Edges / ingestCpu:N0} edges per CPU-second; load average {LoadAverage()}");

            var bare = new BareGraph(options.Entities, graph.EdgeEnds);
            var connected = Enumerable.Range(0, options.Entities).Where(n => bare.Degree(n) > 0).ToArray();
            var random = new Random(options.Seed + 1);

            clock.Restart();
            await store.GetNetworkAsync(graph.EntityId(connected[0]), 1, EdgeFilter.None, 10, options.EdgeLimit, ct);
            Console.WriteLine($"Traversal index built on first traversal: {clock.Elapsed.TotalMilliseconds:N0} ms (once per graph version)");

            var storeNetwork = new Percentiles();
            var bareNetwork = new Percentiles();
            long nodes = 0, omitted = 0, edgeCount = 0, edgesOmitted = 0;
            for (var i = 0; i < options.Queries; i++)
            {
                var root = connected[random.Next(connected.Length)];
                clock.Restart();
                var network = await store.GetNetworkAsync(graph.EntityId(root), 2, EdgeFilter.None, options.NetworkLimit, options.EdgeLimit, ct);
                storeNetwork.Add(clock.Elapsed);
                clock.Restart();
                var (kept, left) = bare.Network(root, 2, options.NetworkLimit);
                bareNetwork.Add(clock.Elapsed);
                if (kept != network.Nodes.Count || left != network.Omitted)
                    throw new InvalidOperationException($"Store and baseline disagree on the network of {root}: {network.Nodes.Count}+{network.Omitted} vs {kept}+{left}.");
                nodes += network.Nodes.Count;
                omitted += network.Omitted;
                edgeCount += network.Edges.Count;
                edgesOmitted += network.EdgesOmitted;
            }
            Report($"Depth-2 network (caps {options.NetworkLimit} nodes, {options.EdgeLimit} edges; avg {nodes / options.Queries:N0} nodes, " +
                   $"{omitted / options.Queries:N0} more; {edgeCount / options.Queries:N0} edges returned of {(edgeCount + edgesOmitted) / options.Queries:N0} among them)",
                storeNetwork, bareNetwork);

            var storePaths = new Percentiles();
            var barePaths = new Percentiles();
            var found = 0;
            for (var i = 0; i < options.Queries; i++)
            {
                var from = connected[random.Next(connected.Length)];
                var to = connected[random.Next(connected.Length)];
                clock.Restart();
                var paths = await store.FindPathsAsync(graph.EntityId(from), graph.EntityId(to), 3, EdgeFilter.None, 5, ct);
                storePaths.Add(clock.Elapsed);
                clock.Restart();
                var hops = bare.ShortestPath(from, to, 3);
                barePaths.Add(clock.Elapsed);
                var storeHops = paths.Count == 0 ? -1 : paths[0].Edges.Count;
                if (from != to && storeHops != hops)
                    throw new InvalidOperationException($"Store and baseline disagree on the path {from} -> {to}: {storeHops} vs {hops} hops.");
                if (paths.Count > 0)
                    found++;
            }
            Report($"3-hop paths (up to 5 per pair; {found} of {options.Queries} pairs connected)", storePaths, barePaths);
            Console.WriteLine($"Database file: {new FileInfo(path).Length / (1024.0 * 1024):N0} MB");
            return 0;
        }
        finally
        {
            if (options.Db is null)
            {
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                    File.Delete(path + suffix);
            }
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static void Report(string what, Percentiles store, Percentiles bare)
    {
        static string F(double ms) => ms.ToString("F2", CultureInfo.InvariantCulture);
        Console.WriteLine(what);
        Console.WriteLine($"  store p50 {F(store.P(50))} ms  p95 {F(store.P(95))} ms   target p95 <= 20 ms");
        Console.WriteLine($"  bare  p50 {F(bare.P(50))} ms  p95 {F(bare.P(95))} ms   store/bare p95 = {store.P(95) / bare.P(95):F1}x (target <= 3x)");
    }
}
