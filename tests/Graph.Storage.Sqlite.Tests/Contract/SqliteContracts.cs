using Graph.Core.Storage;
using Graph.Storage.Contract;

namespace Graph.Storage.Sqlite.Tests.Contract;

// The shared store contract, run against a real SQLite file per test.

internal static class SqliteContractStores
{
    public static async Task<IGraphStore> CreateAsync(List<TempDatabase> databases)
    {
        var database = new TempDatabase();
        databases.Add(database);
        return await database.OpenAsync(TestContext.Current.CancellationToken);
    }

    public static async ValueTask DisposeAsync(IGraphStore store, List<TempDatabase> databases)
    {
        await store.DisposeAsync();
        foreach (var database in databases)
            await database.DisposeAsync();
    }
}

public sealed class SqliteIngestContract : IngestContract
{
    private readonly List<TempDatabase> _databases = [];
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.CreateAsync(_databases);
    protected override ValueTask DisposeStoreAsync(IGraphStore store) => SqliteContractStores.DisposeAsync(store, _databases);
}

public sealed class SqliteEntityReadContract : EntityReadContract
{
    private readonly List<TempDatabase> _databases = [];
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.CreateAsync(_databases);
    protected override ValueTask DisposeStoreAsync(IGraphStore store) => SqliteContractStores.DisposeAsync(store, _databases);
}

public sealed class SqliteNameKeyContract : NameKeyContract
{
    private readonly List<TempDatabase> _databases = [];
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.CreateAsync(_databases);
    protected override ValueTask DisposeStoreAsync(IGraphStore store) => SqliteContractStores.DisposeAsync(store, _databases);
}

public sealed class SqliteEdgeReadContract : EdgeReadContract
{
    private readonly List<TempDatabase> _databases = [];
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.CreateAsync(_databases);
    protected override ValueTask DisposeStoreAsync(IGraphStore store) => SqliteContractStores.DisposeAsync(store, _databases);
}

public sealed class SqliteTraversalContract : TraversalContract
{
    private readonly List<TempDatabase> _databases = [];
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.CreateAsync(_databases);
    protected override ValueTask DisposeStoreAsync(IGraphStore store) => SqliteContractStores.DisposeAsync(store, _databases);
}

public sealed class SqliteResolutionContract : ResolutionContract
{
    private readonly List<TempDatabase> _databases = [];
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.CreateAsync(_databases);
    protected override ValueTask DisposeStoreAsync(IGraphStore store) => SqliteContractStores.DisposeAsync(store, _databases);
}

public sealed class SqliteCancellationContract : CancellationContract
{
    private readonly List<TempDatabase> _databases = [];
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.CreateAsync(_databases);
    protected override ValueTask DisposeStoreAsync(IGraphStore store) => SqliteContractStores.DisposeAsync(store, _databases);
}
