using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j.Tests.Contract;

/// <summary>
/// The Neo4j the contract tests run against, found once per test run: the server NEO4J_URI names
/// (with NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE), or else a generic <c>neo4j:5</c> container
/// started through Testcontainers when a Docker engine answers. With neither, <see cref="SkipReason"/>
/// says why and every contract test reports itself skipped.
/// Each store the tests create starts from an empty database; a database holding anything but
/// this graph's nodes is refused rather than emptied.
/// </summary>
public sealed class Neo4jTestServer : IAsyncLifetime
{
    private const string Password = "contract-tests";
    private IContainer? _container;

    public Neo4jSettings? Settings { get; private set; }

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Settings = Neo4jSettings.FromEnvironment();
            return;
        }
        if (!await DockerProbe.EngineReachableAsync(ct))
        {
            SkipReason = "Neo4j not available: no Docker engine and NEO4J_URI unset";
            return;
        }
        _container = new ContainerBuilder("neo4j:5")
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
            .Build();
        using var startup = CancellationTokenSource.CreateLinkedTokenSource(ct);
        startup.CancelAfter(TimeSpan.FromMinutes(5));
        await _container.StartAsync(startup.Token);
        Settings = new Neo4jSettings
        {
            Uri = new UriBuilder("http", _container.Hostname, _container.GetMappedPublicPort(7474)).Uri,
            User = "neo4j",
            Password = Password,
        };
    }

    /// <summary>An initialised store over an emptied database, or a visible skip when there is no server.</summary>
    public async Task<Neo4jGraphStore> CreateStoreAsync()
    {
        if (Settings is null)
            Assert.Skip(SkipReason ?? "Neo4j not available");
        var ct = TestContext.Current.CancellationToken;
        var runner = new QueryApiRunner(Settings);
        try
        {
            var foreign = await runner.RunAsync(new CypherStatement(
                "MATCH (n) WHERE NOT (n:Entity OR n:Filing OR n:GraphMeta) RETURN count(n) AS foreign"), ct);
            if (foreign.Rows[0].GetInt64("foreign") > 0)
                throw new InvalidOperationException(
                    $"Database '{Settings.Database}' at {Settings.Uri} holds nodes that are not this graph's; the contract tests empty their database, so give them a scratch one.");
            await runner.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n"), ct);
        }
        catch
        {
            await runner.DisposeAsync();
            throw;
        }
        var store = new Neo4jGraphStore(runner);
        await store.InitializeAsync(ct);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
            await _container.DisposeAsync();
    }
}
