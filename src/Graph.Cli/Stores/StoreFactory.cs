using Graph.Core.Storage;

namespace Graph.Cli.Stores;

/// <summary>Opens (and initialises) the store a command's settings name.</summary>
public static class StoreFactory
{
    public static Task<IGraphStore> OpenAsync(StoreSettings settings, CancellationToken ct) => settings.Store switch
    {
        "neo4j" => Neo4jStoreOpener.OpenAsync(settings, ct),
        _ => SqliteStoreOpener.OpenAsync(settings, ct),
    };
}
