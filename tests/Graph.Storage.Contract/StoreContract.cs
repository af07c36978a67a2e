using Graph.Core.Storage;

namespace Graph.Storage.Contract;

/// <summary>
/// Base of every contract test class: each test gets a fresh, empty, initialised store from
/// <see cref="CreateStoreAsync"/>. A store implementation's test project derives one concrete
/// class per contract class and overrides only the factory (and, if it must clean up, the disposer).
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store with its schema initialised, isolated from every other test.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>Release the store (and whatever backs it).</summary>
    protected virtual ValueTask DisposeStoreAsync(IGraphStore store) => store.DisposeAsync();

    public async ValueTask InitializeAsync() => _store = await CreateStoreAsync();

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
            await DisposeStoreAsync(_store);
        GC.SuppressFinalize(this);
    }

    /// <summary>Ingest the four filings of <see cref="ContractGraph"/>.</summary>
    protected async Task SeedAsync()
    {
        foreach (var filing in ContractGraph.All())
            await Store.IngestAsync(filing, Ct);
    }
}
