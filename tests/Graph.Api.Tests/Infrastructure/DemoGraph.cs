using Graph.Cli.Serving;
using Graph.Storage.Sqlite;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// The demo data: samples/ ingested the way <c>graph demo</c> does it, served by the real server.
/// Shared by the tests of one class (xunit class fixture) because extraction takes a moment.
/// </summary>
public sealed class DemoGraph : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "graph-api-tests", "demo-" + Guid.NewGuid().ToString("N"));

    public SqliteGraphStore Store { get; private set; } = null!;

    public TestServer Server { get; private set; } = null!;

    public IReadOnlyList<SampleOutcome> Outcomes { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        Store = new SqliteGraphStore(Path.Combine(folder, "demo.db"));
        var ct = TestContext.Current.CancellationToken;
        await Store.InitializeAsync(ct);
        Outcomes = await SampleLoader.IngestAsync(Store, RepositoryPaths.Samples, ct);
        Server = await TestServer.StartAsync(Store, ct: ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        if (Store is not null) await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a lingering handle only leaves a temp folder behind */ }
    }
}
