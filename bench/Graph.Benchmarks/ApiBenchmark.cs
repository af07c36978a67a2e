namespace Graph.Benchmarks;

// Placeholder until this benchmark is written.
internal static class ApiBenchmark
{
    public static Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        Console.Error.WriteLine("not written yet");
        return Task.FromResult(2);
    }
}
