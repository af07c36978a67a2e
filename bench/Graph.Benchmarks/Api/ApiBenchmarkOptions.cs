using Graph.Benchmarks.Store;

namespace Graph.Benchmarks.Api;

/// <summary>Load options of the API benchmark; the graph's shape is the store benchmark's (<see cref="StoreBenchOptions"/>).</summary>
internal sealed record ApiBenchmarkOptions(int Concurrency, int Duration, int Warmup, StoreBenchOptions Graph);
