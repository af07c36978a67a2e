using Graph.Core.Storage;
using Graph.Storage.Sqlite;

namespace Graph.Cli.Stores;

/// <summary>Opens the embedded store: creates the file and its directory when missing, migrates the schema.</summary>
internal static class SqliteStoreOpener
{
    public static async Task<IGraphStore> OpenAsync(StoreSettings settings, CancellationToken ct)
    {
        var store = new SqliteGraphStore(settings.Db);
        try
        {
            await store.InitializeAsync(ct);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
