using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Storage.Sqlite.Tests.Sqlite;

/// <summary>
/// Networks around a hub with several edges to each counterparty: the walker takes each edge
/// among the kept nodes once, from one end, and must find exactly the edges the filing holds.
/// </summary>
public sealed class HubNetworkTests : IAsyncLifetime
{
    private const int Spokes = 120;
    private readonly TempDatabase _db = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Theory]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(200)]
    public async Task Edges_among_the_kept_nodes_of_a_hub_are_all_found(int limit)
    {
        await using var store = await _db.OpenAsync(Ct);
        var hub = HubFiling();
        await store.IngestAsync(hub, Ct);

        var network = await store.GetNetworkAsync(Id(0), 2, EdgeFilter.None, limit, 100_000, Ct);

        var kept = network.Nodes.Select(n => n.Id).ToHashSet();
        Assert.Equal(Math.Min(limit, Spokes + 1), kept.Count);
        var expected = hub.Edges.Where(e => kept.Contains(e.FromId) && kept.Contains(e.ToId)).Select(e => e.Id).Order().ToList();
        Assert.Equal(expected, network.Edges.Select(e => e.Id).Order().ToList());
        Assert.Equal(0, network.EdgesOmitted);
    }

    private static string Id(int n) => EntityIds.ForName($"Spoke {n} Limited");

    /// <summary>Entity 0 with three edges (two years and a balance) to each of 120 spokes, and a ring among the spokes.</summary>
    private static FilingGraph HubFiling()
    {
        var entities = Enumerable.Range(0, Spokes + 1)
            .Select(n => new Entity { Id = Id(n), Name = $"Spoke {n} Limited", IsReporter = n == 0 })
            .ToList();
        var edges = new List<GraphEdge>();
        GraphEdge Edge(string id, int from, int to, string kind, int year) => new()
        {
            Id = id, Category = kind == "due_from" ? EdgeCategory.Balance : EdgeCategory.Transaction, Kind = kind,
            FromId = Id(from), ToId = Id(to), Year = year, Amount = from + to, Currency = "USD", Scale = 1, Value = from + to,
            ReportedBy = Id(0), FilingId = "hub-filing",
        };
        for (var n = 1; n <= Spokes; n++)
        {
            edges.Add(Edge($"r{n}-2023", 0, n, "revenue", 2023));
            edges.Add(Edge($"r{n}-2024", 0, n, "revenue", 2024));
            edges.Add(Edge($"d{n}", n, 0, "due_from", 2024));
            edges.Add(Edge($"ring{n}", n, n % Spokes + 1, "purchase", 2024));
        }
        return new FilingGraph(
            new Filing { Id = "hub-filing", ReporterId = Id(0), FiscalYear = 2024, ContentHash = "hub", IngestedAt = DateTimeOffset.UnixEpoch },
            entities,
            edges,
            [.. Enumerable.Range(1, Spokes).Select(n => new RelatedPartyLink(Id(0), Id(n), null, "hub-filing"))]);
    }
}
