namespace Graph.Benchmarks.Api;

/// <summary>What one load run measured: throughput and latency percentiles over successful requests.</summary>
internal sealed record LoadResult(string Scenario, int Concurrency, TimeSpan Duration, int Requests, int Failures, IReadOnlyList<double> LatenciesMs)
{
    public double RequestsPerSecond => Requests / Duration.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0) return double.NaN;
        var sorted = LatenciesMs.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
