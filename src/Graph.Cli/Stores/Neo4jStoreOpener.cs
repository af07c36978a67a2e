using Graph.Core.Storage;

namespace Graph.Cli.Stores;

// Placeholder until the Neo4j store exists.
internal static class Neo4jStoreOpener
{
    public static Task<IGraphStore> OpenAsync(StoreSettings settings, CancellationToken ct) =>
        throw new NotSupportedException("The Neo4j store is not available yet.");
}
