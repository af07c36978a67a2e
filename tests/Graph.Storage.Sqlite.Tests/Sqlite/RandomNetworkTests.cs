using Graph.Core.Model;
using Graph.Core.Notes;
using Graph.Core.Storage;

namespace Graph.Storage.Sqlite.Tests.Sqlite;

/// <summary>
/// Networks of random graphs with hubs and repeated edges between the same pair, against the
/// edge rule applied the plain way to every edge among the kept entities. The walker finds
/// those edges in three ways (during the walk, by lookup, by scan), chosen by degrees and caps;
/// the caps here run from a handful of entities to all of them so that each way is taken.
/// </summary>
public sealed class RandomNetworkTests : IAsyncLifetime
{
    private const int Entities = 80;
    private const int EdgeCount = 1500;
    private readonly TempDatabase _db = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Chosen_edges_are_what_the_rule_gives_over_every_edge_among_the_kept_entities()
    {
        await using var store = await _db.OpenAsync(Ct);
        var edges = RandomEdges(new Random(5));
        foreach (var filing in Filings(edges))
            await store.IngestAsync(filing, Ct);
        var random = new Random(6);
        var checkedCapped = 0;

        for (var round = 0; round < 120; round++)
        {
            var root = Id(random.Next(Entities));
            var depth = random.Next(1, 4);
            var limit = new[] { 1, 3, 8, 20, 200 }[random.Next(5)];
            var edgeLimit = new[] { 0, 5, 40, 300, 100_000 }[random.Next(5)];
            var filter = random.Next(3) == 0 ? new EdgeFilter { Kinds = [FactKinds.Revenue] } : EdgeFilter.None;

            var network = await store.GetNetworkAsync(root, depth, filter, limit, edgeLimit, Ct);

            var kept = network.Nodes.Select(n => n.Id).ToList();
            var place = kept.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            var among = edges
                .Where(e => place.ContainsKey(e.FromId) && place.ContainsKey(e.ToId) && (filter.Kinds is null || filter.Kinds.Contains(e.Kind)))
                .ToList();
            var expected = NetworkEdgeSelection.Select(
                    kept.Count, 0,
                    among.Select(e => place[e.FromId]).ToArray(),
                    among.Select(e => place[e.ToId]).ToArray(),
                    among.Select(e => (double)e.Value!.Value).ToArray(),
                    edgeLimit)
                .Select(i => among[i].Id)
                .ToList();
            var actual = network.Edges.Select(e => e.Id).ToList();
            // Values are distinct, so only the order of edges under the cap depends on how they were found.
            if (among.Count <= edgeLimit)
                Assert.Equal(expected.Order(), actual.Order());
            else
            {
                Assert.Equal(expected, actual);
                checkedCapped++;
            }
            Assert.Equal(among.Count - actual.Count, network.EdgesOmitted);
        }
        Assert.True(checkedCapped > 20, $"only {checkedCapped} networks went over their edge cap");
    }

    private static string Name(int n) => $"Random {n} Limited";

    private static string Id(int n) => EntityIds.ForName(Name(n));

    /// <summary>Ends drawn towards low numbers (a few hubs, many leaves), each value distinct.</summary>
    private static List<GraphEdge> RandomEdges(Random random)
    {
        int Draw() => (int)(Entities * Math.Pow(random.NextDouble(), 3));
        var values = Enumerable.Range(1, EdgeCount).OrderBy(_ => random.Next()).ToArray();
        var edges = new List<GraphEdge>(EdgeCount);
        for (var e = 0; e < EdgeCount; e++)
        {
            var from = Draw();
            var to = Draw();
            if (to == from)
                to = (from + 1 + random.Next(Entities - 1)) % Entities;
            var kind = random.Next(2) == 0 ? FactKinds.Revenue : FactKinds.Purchase;
            var filing = $"random-{e / 100}";
            edges.Add(new GraphEdge
            {
                Id = $"edge-{e}", Category = EdgeCategory.Transaction, Kind = kind, FromId = Id(from), ToId = Id(to),
                Year = 2020 + e % 4, Amount = values[e], Currency = "USD", Scale = 1, Value = values[e],
                ReportedBy = Id(from), FilingId = filing,
            });
        }
        return edges;
    }

    private static readonly Dictionary<string, string> Names =
        Enumerable.Range(0, Entities).ToDictionary(Id, Name);

    private static IEnumerable<FilingGraph> Filings(List<GraphEdge> edges) =>
        edges.GroupBy(e => e.FilingId).Select(group =>
        {
            var reporter = group.First().ReportedBy;
            var ids = group.SelectMany(e => new[] { e.FromId, e.ToId }).Append(reporter).Distinct().ToList();
            return new FilingGraph(
                new Filing { Id = group.Key, ReporterId = reporter, FiscalYear = 2024, ContentHash = group.Key, IngestedAt = DateTimeOffset.UnixEpoch },
                ids.Select(id => new Entity { Id = id, Name = Names[id], IsReporter = id == reporter }).ToList(),
                [.. group.Select(e => e with { ReportedBy = reporter })],
                []);
        });
}
