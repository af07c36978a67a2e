using Graph.Core.Model;
using Graph.Core.Notes;
using Graph.Core.Storage;
using Graph.Storage.Contract;
using Graph.Storage.Sqlite;

namespace Graph.Storage.Neo4j.Tests.Export;

/// <summary>
/// An embedded store holding the contract graph, a filing whose names and text are built to break
/// naive quoting (quotes, backslashes, commas, semicolons, line breaks, a Cypher injection attempt),
/// and one SAME_AS merge; plus everything it holds, read back through its export streams.
/// </summary>
internal sealed class ExportedGraph : IAsyncDisposable
{
    public const string HostileName = "O'Brien \"Holdings\" \\ Trading, Ltd";
    public const string InjectionName = "Evil'}) MATCH (n) DETACH DELETE n //";
    public const string HostileAlias = "OB;H|x";

    private readonly string _directory;

    private ExportedGraph(string directory, SqliteGraphStore store)
    {
        _directory = directory;
        Store = store;
    }

    public SqliteGraphStore Store { get; }

    public string Directory => _directory;

    public List<Entity> Entities { get; } = [];
    public List<Filing> Filings { get; } = [];
    public List<GraphEdge> Edges { get; } = [];
    public List<RelatedPartyLink> RelatedParties { get; } = [];
    public List<SameAsLink> SameAs { get; } = [];

    public static async Task<ExportedGraph> CreateAsync(CancellationToken ct)
    {
        var directory = Path.Combine(Path.GetTempPath(), "graph-export-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var store = new SqliteGraphStore(Path.Combine(directory, "graph.db"));
        var graph = new ExportedGraph(directory, store);
        await store.InitializeAsync(ct);
        foreach (var filing in ContractGraph.All())
            await store.IngestAsync(filing, ct);
        await store.IngestAsync(HostileFiling(), ct);
        await store.MergeAsync(ContractGraph.KeshenInfoId, ContractGraph.KeshenId, "manual", 0.9, "analyst", "same \"registration\"\nnumber", ct);
        await graph.ReadBackAsync(ct);
        return graph;
    }

    private static FilingGraph HostileFiling() => ContractGraph.Build(new NoteFacts
    {
        Note = "hostile.txt",
        Currency = "USD",
        Parties =
        [
            new Party { Name = HostileName, Aliases = [HostileAlias, "back\\slash'quote"], Type = PartyTypes.Company, Relationship = "owned by \"the\" chairman,\nin part" },
            new Party { Name = InjectionName, Type = PartyTypes.Person },
        ],
        Facts =
        [
            new NoteFact { Party = HostileName, Kind = FactKinds.Purchase, Year = 2023, Amount = 1234.5m, Description = "rent, \"office\" \\ line\nbreak\ttab" },
            new NoteFact { Party = InjectionName, Kind = FactKinds.DueTo, Year = 2023, AsOf = "2023-12-31", Amount = 0.1m, Scale = 1000, Nature = "loan" },
        ],
    }, "Zeta \"Quoted\" Corp", "zeta-10k-2023", "10-K", "zeta-v1");

    private async Task ReadBackAsync(CancellationToken ct)
    {
        await foreach (var e in Store.ReadEntitiesAsync(ct))
            Entities.Add(e);
        await foreach (var f in Store.ReadFilingsAsync(ct))
            Filings.Add(f);
        await foreach (var e in Store.ReadEdgesAsync(ct))
            Edges.Add(e);
        await foreach (var l in Store.ReadRelatedPartiesAsync(ct))
            RelatedParties.Add(l);
        await foreach (var s in Store.ReadSameAsAsync(ct))
            SameAs.Add(s);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        System.IO.Directory.Delete(_directory, recursive: true);
    }
}
