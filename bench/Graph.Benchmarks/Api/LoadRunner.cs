using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Graph.Benchmarks.Api;

/// <summary>
/// A closed-loop load generator: N clients each send one request, wait for the whole response,
/// then send the next, for a fixed time. Each request asks about a different root, so the
/// store is not answering one cached question.
/// </summary>
internal sealed class LoadRunner(Uri graphqlUrl, int concurrency)
{
    public async Task<LoadResult> RunAsync(string scenario, string query, IReadOnlyList<string> roots, TimeSpan warmup, TimeSpan duration, CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        var bodies = roots.Select(id => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query, variables = new { id } }))).ToArray();

        await RunPhaseAsync(http, bodies, warmup, record: false, ct);
        var (requests, failures, latencies) = await RunPhaseAsync(http, bodies, duration, record: true, ct);
        return new LoadResult(scenario, concurrency, duration, requests, failures, latencies);
    }

    private async Task<(int Requests, int Failures, List<double> Latencies)> RunPhaseAsync(
        HttpClient http, byte[][] bodies, TimeSpan length, bool record, CancellationToken ct)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var failures = 0;
            var next = w * 7919;
            while (Stopwatch.GetTimestamp() < stopAt && !ct.IsCancellationRequested)
            {
                var body = bodies[next++ % bodies.Length];
                var started = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/json");
                using var response = await http.PostAsync(graphqlUrl, content, ct);
                var payload = await response.Content.ReadAsByteArrayAsync(ct);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                // A 200 carrying "errors" is a failed request too.
                if (response.StatusCode != HttpStatusCode.OK || payload.AsSpan().IndexOf("\"errors\""u8) >= 0) failures++;
                else if (record) latencies.Add(ms);
            }
            return (latencies, failures);
        }, ct)).ToList();
        var results = await Task.WhenAll(workers);
        var all = results.SelectMany(r => r.latencies).ToList();
        return (all.Count, results.Sum(r => r.failures), all);
    }
}
