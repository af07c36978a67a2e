namespace Graph.Cli.Serving;

/// <summary>The serving options both commands declare.</summary>
public interface IApiServingSettings
{
    string Urls { get; }
    string[] ApiKeys { get; }
    bool RequireKeyForReads { get; }
    string? Explorer { get; }
    int TimeoutSeconds { get; }
}
