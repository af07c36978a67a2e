using System.Globalization;
using Graph.Benchmarks.Store;

namespace Graph.Benchmarks.Api;

/// <summary>Takes <c>--concurrency</c>, <c>--duration</c>, <c>--warmup</c> and <c>--only</c>; everything else describes the graph.</summary>
internal static class ArgumentReader
{
    /// <exception cref="ArgumentException">An option is unknown or malformed.</exception>
    public static ApiBenchmarkOptions Parse(string[] args)
    {
        int concurrency = 16, duration = 10, warmup = 3;
        string? only = null;
        var graphArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            int Int() => i + 1 < args.Length
                ? int.Parse(args[++i], NumberStyles.Integer, CultureInfo.InvariantCulture)
                : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--concurrency": concurrency = Int(); break;
                case "--duration": duration = Int(); break;
                case "--warmup": warmup = Int(); break;
                case "--only":
                    only = i + 1 < args.Length && args[i + 1] is "counterparties" or "network"
                        ? args[++i]
                        : throw new ArgumentException("--only takes counterparties or network.");
                    break;
                default: graphArgs.Add(args[i]); break;
            }
        }
        if (concurrency < 1 || duration < 1 || warmup < 0)
            throw new ArgumentException("--concurrency and --duration must be positive.");
        return new ApiBenchmarkOptions(concurrency, duration, warmup, StoreBenchOptions.Parse([.. graphArgs]), only);
    }
}
