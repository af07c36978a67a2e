using System.Diagnostics;

namespace Graph.Benchmarks.Api;

/// <summary>
/// The same closed loop as <see cref="LoadRunner"/>, calling the store directly instead of the
/// API: the baseline that shows what HTTP, GraphQL and JSON add on top of the store's own work.
/// </summary>
internal sealed class DirectLoadRunner(int concurrency)
{
    public async Task<LoadResult> RunAsync(string scenario, Func<string, CancellationToken, Task> call, IReadOnlyList<string> roots, TimeSpan warmup, TimeSpan duration, CancellationToken ct)
    {
        await RunPhaseAsync(call, roots, warmup, record: false, ct);
        var latencies = await RunPhaseAsync(call, roots, duration, record: true, ct);
        return new LoadResult(scenario, concurrency, duration, latencies.Count, 0, latencies);
    }

    private async Task<List<double>> RunPhaseAsync(Func<string, CancellationToken, Task> call, IReadOnlyList<string> roots, TimeSpan length, bool record, CancellationToken ct)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var next = w * 7919;
            while (Stopwatch.GetTimestamp() < stopAt && !ct.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                await call(roots[next++ % roots.Count], ct);
                if (record) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return latencies;
        }, ct)).ToList();
        return (await Task.WhenAll(workers)).SelectMany(l => l).ToList();
    }
}
