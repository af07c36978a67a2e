namespace Graph.Benchmarks.Store;

/// <summary>Latency samples in milliseconds and their percentiles.</summary>
internal sealed class Percentiles
{
    private readonly List<double> _samples = [];

    public void Add(TimeSpan elapsed) => _samples.Add(elapsed.TotalMilliseconds);

    public double P(double percentile)
    {
        if (_samples.Count == 0)
            return double.NaN;
        var sorted = _samples.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
