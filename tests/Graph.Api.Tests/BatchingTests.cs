using Graph.Api.Tests.Infrastructure;
using Graph.Core.Notes;

namespace Graph.Api.Tests;

/// <summary>
/// Fields that load related data go through per-request batch loaders: one store round trip per
/// level of the document, however many parents the level has.
/// </summary>
public sealed class BatchingTests : IAsyncLifetime
{
    private const string Hub = "Hub Group Holdings Ltd";
    private const int Parties = 12;

    private TestGraph graph = null!;
    private CountingGraphStore counting = null!;
    private TestServer server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        graph = await TestGraph.CreateAsync(Ct);
        var parties = Enumerable.Range(1, Parties).Select(i => $"Party {i:00} Trading Ltd").ToList();
        var note = new NoteFacts
        {
            Note = "hub-2023",
            Reporter = Hub,
            Currency = "USD",
            Parties = parties.Select(p => new Party { Name = p, Relationship = "an affiliate" }).ToList(),
            Facts = parties.Select((p, i) => new NoteFact { Party = p, Kind = FactKinds.Purchase, Year = 2023, Amount = 10 + i, Evidence = new Evidence(0, 10) }).ToList(),
        };
        await graph.IngestAsync(note, "10-K", 2023, "Hub's note.", Ct);
        counting = new CountingGraphStore(graph.Store);
        server = await TestServer.StartAsync(counting, ct: Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        await graph.DisposeAsync();
    }

    [Fact]
    public async Task One_round_trip_per_field_over_a_page_of_entities()
    {
        counting.Reset();
        var data = (await server.Client.PostAsync("""
            { entities(first: 50) { edges { node { name
                relatedParties { relationship }
                sameAs { id }
                counterparties { entity { name } totals { amount } } } } } }
            """, ct: Ct)).Ok();

        var entities = data["entities"]!["edges"]!.AsArray().Count;
        Assert.True(entities >= Parties + 5, $"only {entities} entities");
        Assert.Equal(1, counting["SearchEntitiesAsync"]);
        Assert.Equal(1, counting["GetRelatedPartiesAsync"]);
        Assert.Equal(1, counting["GetSameAsAsync"]);
        Assert.Equal(1, counting["GetCounterpartiesAsync"]);
        Assert.Equal(4, counting.Total);
    }

    [Fact]
    public async Task Edge_endpoints_and_filings_load_once_per_level()
    {
        counting.Reset();
        var data = (await server.Client.PostAsync("""
            query($id: ID!) { entity(id: $id) { edges(first: 50) { edges { node {
              from { name } to { name } reportedBy { name } filing { form reporter { name } } } } } } }
            """, new { id = TestGraph.IdOf(Hub) }, ct: Ct)).Ok();

        Assert.Equal(Parties, data["entity"]!["edges"]!["edges"]!.AsArray().Count);
        Assert.Equal(1, counting["GetEdgesAsync"]);
        // The root entity, then every edge end at once; filing.reporter is the already loaded hub.
        Assert.Equal(2, counting["GetEntitiesAsync"]);
        Assert.Equal(1, counting["GetFilingsAsync"]);
    }

    [Fact]
    public async Task Nested_counterparties_cost_one_call_per_level_not_per_parent()
    {
        counting.Reset();
        var data = (await server.Client.PostAsync("""
            query($id: ID!) { entity(id: $id) { counterparties { entity { name counterparties { entity { name relatedParties { relationship } } } } } } }
            """, new { id = TestGraph.IdOf(Hub) }, ct: Ct)).Ok();

        var level1 = data["entity"]!["counterparties"]!.AsArray();
        Assert.Equal(Parties, level1.Count);
        Assert.All(level1, c => Assert.NotEmpty(c!["entity"]!["counterparties"]!.AsArray()));
        Assert.Equal(1, counting["GetEntitiesAsync"]);
        Assert.Equal(2, counting["GetCounterpartiesAsync"]);
        Assert.Equal(1, counting["GetRelatedPartiesAsync"]);
    }

    [Fact]
    public async Task Network_nodes_are_primed_so_edge_ends_need_no_round_trip()
    {
        counting.Reset();
        var data = (await server.Client.PostAsync("""
            query($id: ID!) { network(root: $id, depth: 2) { nodes { name } edges { from { name } to { name } } } }
            """, new { id = TestGraph.IdOf(Hub) }, ct: Ct)).Ok();

        Assert.Equal(Parties, data["network"]!["edges"]!.AsArray().Count);
        Assert.Equal(1, counting["GetNetworkAsync"]);
        Assert.Equal(0, counting["GetEntitiesAsync"]);
    }

    [Fact]
    public async Task Different_filters_on_one_level_are_separate_batches()
    {
        counting.Reset();
        (await server.Client.PostAsync("""
            { entities(first: 50) { edges { node {
                all: counterparties { entity { id } }
                purchases: counterparties(filter: { kinds: [PURCHASE] }) { entity { id } } } } } }
            """, ct: Ct)).Ok();
        Assert.Equal(2, counting["GetCounterpartiesAsync"]);
    }
}
