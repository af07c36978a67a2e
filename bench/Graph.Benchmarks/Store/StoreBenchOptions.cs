using System.Globalization;

namespace Graph.Benchmarks.Store;

/// <summary>Size and shape of the synthetic graph, and how many queries to time.</summary>
internal sealed record StoreBenchOptions
{
    public int Entities { get; init; } = 100_000;
    public int Edges { get; init; } = 1_000_000;
    public int Years { get; init; } = 5;
    public int EdgesPerFiling { get; init; } = 100;
    public int Queries { get; init; } = 200;
    /// <summary>Filings per <c>IngestBatchAsync</c> call; 1 ingests each filing on its own with <c>IngestAsync</c>.</summary>
    public int Batch { get; init; } = 1000;
    public int NetworkLimit { get; init; } = 200;
    public int EdgeLimit { get; init; } = Graph.Core.Storage.NetworkEdgeSelection.DefaultEdgeLimit;
    public double Skew { get; init; } = 0.9;
    public int Seed { get; init; } = 42;
    public string? Db { get; init; }

    public static StoreBenchOptions Parse(string[] args)
    {
        var options = new StoreBenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Int() => int.Parse(Next(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--entities" => options with { Entities = Int() },
                "--edges" => options with { Edges = Int() },
                "--years" => options with { Years = Int() },
                "--edges-per-filing" => options with { EdgesPerFiling = Int() },
                "--queries" => options with { Queries = Int() },
                "--batch" => options with { Batch = Int() },
                "--limit" => options with { NetworkLimit = Int() },
                "--edge-limit" => options with { EdgeLimit = Int() },
                "--skew" => options with { Skew = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = Int() },
                "--db" => options with { Db = Next() },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        if (options.Entities < 10 || options.Edges < 10 || options.EdgesPerFiling < 1 || options.Years < 1 || options.Queries < 1 || options.Batch < 1)
            throw new ArgumentException("Sizes must be positive (at least 10 entities and edges).");
        return options;
    }
}
