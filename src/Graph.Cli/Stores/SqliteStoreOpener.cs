using Graph.Core.Storage;

namespace Graph.Cli.Stores;

// Placeholder until the Sqlite store exists.
internal static class SqliteStoreOpener
{
    public static Task<IGraphStore> OpenAsync(StoreSettings settings, CancellationToken ct) =>
        throw new NotSupportedException("The Sqlite store is not available yet.");
}
