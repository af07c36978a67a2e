using Graph.Benchmarks.Store;

namespace Graph.Benchmarks.Api;

/// <summary>Load options of the API benchmark; the graph's shape is the store benchmark's (<see cref="StoreBenchOptions"/>).</summary>
/// <param name="Only">"counterparties" or "network" to measure one query; null measures both.</param>
internal sealed record ApiBenchmarkOptions(int Concurrency, int Duration, int Warmup, StoreBenchOptions Graph, string? Only = null)
{
    public bool Measures(string query) => Only is null || Only == query;
}
