namespace Graph.Api;

/// <summary>
/// Everything the API host can be tuned with. Limits exist so that one request can never take
/// the server down: every one of them turns into a GraphQL error with a code when exceeded.
/// </summary>
public sealed record GraphApiOptions
{
    /// <summary>Keys accepted in the <c>X-Api-Key</c> header. Mutations are refused without one of them.</summary>
    public IReadOnlyList<string> ApiKeys { get; init; } = [];

    /// <summary>When true, queries need a valid key as well; by default reads are open.</summary>
    public bool RequireApiKeyForReads { get; init; }

    /// <summary>Folder holding the built explorer page; null means <c>explorer/</c> next to the binaries.</summary>
    public string? ExplorerPath { get; init; }

    /// <summary>Deepest selection nesting a document may have.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Highest complexity score (GraphQL.NET's analyzer; list fields multiply by <c>first</c>).</summary>
    public int MaxComplexity { get; init; } = 50_000;

    public int DefaultPageSize { get; init; } = 50;

    /// <summary>Largest <c>first</c> a connection accepts.</summary>
    public int MaxPageSize { get; init; } = 500;

    public int MaxNetworkDepth { get; init; } = 4;

    /// <summary>Largest node cap a <c>network</c> query may ask for.</summary>
    public int MaxNetworkLimit { get; init; } = 2_000;

    /// <summary>Largest edge cap a <c>network</c> query may ask for.</summary>
    public int MaxNetworkEdges { get; init; } = 20_000;

    public int MaxPathHops { get; init; } = 6;

    public int MaxPaths { get; init; } = 50;

    /// <summary>Most entities <c>sharedCounterparties</c> compares at once.</summary>
    public int MaxSharedEntities { get; init; } = 50;

    /// <summary>Wall-clock budget of one GraphQL execution.</summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest request body (a note sent to <c>ingestNote</c> included).</summary>
    public long MaxRequestBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Longest query document accepted, in characters.</summary>
    public int MaxQueryLength { get; init; } = 100_000;
}
