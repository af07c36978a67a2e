using Graph.Core.Storage;
using Graph.Storage.Contract;

[assembly: AssemblyFixture(typeof(Graph.Storage.Neo4j.Tests.Contract.Neo4jTestServer))]
// Every contract test empties the one database it is given: they must not run side by side.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Graph.Storage.Neo4j.Tests.Contract;

// The shared store contract, run against Neo4j. Without a server each test is reported skipped.

public sealed class Neo4jIngestContract(Neo4jTestServer server) : IngestContract
{
    protected override async Task<IGraphStore> CreateStoreAsync() => await server.CreateStoreAsync();
}

public sealed class Neo4jEntityReadContract(Neo4jTestServer server) : EntityReadContract
{
    protected override async Task<IGraphStore> CreateStoreAsync() => await server.CreateStoreAsync();
}

public sealed class Neo4jNameKeyContract(Neo4jTestServer server) : NameKeyContract
{
    protected override async Task<IGraphStore> CreateStoreAsync() => await server.CreateStoreAsync();
}

public sealed class Neo4jEdgeReadContract(Neo4jTestServer server) : EdgeReadContract
{
    protected override async Task<IGraphStore> CreateStoreAsync() => await server.CreateStoreAsync();
}

public sealed class Neo4jTraversalContract(Neo4jTestServer server) : TraversalContract
{
    protected override async Task<IGraphStore> CreateStoreAsync() => await server.CreateStoreAsync();
}

public sealed class Neo4jResolutionContract(Neo4jTestServer server) : ResolutionContract
{
    protected override async Task<IGraphStore> CreateStoreAsync() => await server.CreateStoreAsync();
}

public sealed class Neo4jCancellationContract(Neo4jTestServer server) : CancellationContract
{
    protected override async Task<IGraphStore> CreateStoreAsync() => await server.CreateStoreAsync();
}
