using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Contract;

namespace Graph.Storage.Sqlite.Tests.Sqlite;

public sealed class AtomicityTests : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task A_failure_after_thousands_of_rows_leaves_the_file_as_before_for_a_new_process()
    {
        await using (var store = await _db.OpenAsync(Ct))
        {
            await store.IngestAsync(ContractGraph.Beta(), Ct);
            var big = LargeFiling(20_000);
            // The dangling edge comes last: everything before it has been written inside the transaction.
            var broken = big with { Edges = [.. big.Edges, big.Edges[0] with { Id = "e-last", FromId = "missing-entity" }] };

            var e = await Assert.ThrowsAsync<InvalidOperationException>(() => store.IngestAsync(broken, Ct));
            Assert.Contains("missing-entity", e.Message, StringComparison.Ordinal);
        }

        await using var reopened = await _db.OpenAsync(Ct);
        var stats = await reopened.GetStatsAsync(Ct);
        Assert.Equal(1, stats.Filings);
        Assert.Equal(ContractGraph.Beta().Edges.Count, stats.Transactions + stats.Balances);
        Assert.Equal(ContractGraph.Beta().Entities.Count, stats.Entities);
    }

    [Fact]
    public async Task Cancelling_in_the_middle_of_a_large_ingest_writes_nothing()
    {
        await using var store = await _db.OpenAsync(Ct);
        using var cts = new CancellationTokenSource();
        var big = LargeFiling(200_000);

        var ingest = store.IngestAsync(big, cts.Token);
        cts.CancelAfter(TimeSpan.FromMilliseconds(50));

        try
        {
            await ingest;
            // The machine was fast enough to finish first: then the filing is there completely.
            Assert.Equal(big.Edges.Count, (await store.GetStatsAsync(Ct)).Transactions);
        }
        catch (OperationCanceledException)
        {
            var stats = await store.GetStatsAsync(Ct);
            Assert.Equal((0, 0, 0), (stats.Filings, stats.Transactions, stats.Entities));
        }
    }

    [Fact]
    public async Task A_second_store_on_the_same_file_sees_what_the_first_wrote()
    {
        await using var reader = await _db.OpenAsync(Ct);
        await using var writer = await _db.OpenAsync(Ct);
        await writer.IngestAsync(ContractGraph.Alpha(), Ct);
        var before = await reader.GetNetworkAsync(ContractGraph.KeshenId, 1, EdgeFilter.None, 100, NetworkEdgeSelection.DefaultEdgeLimit, Ct);

        await writer.IngestAsync(ContractGraph.Beta(), Ct);
        var after = await reader.GetNetworkAsync(ContractGraph.KeshenId, 1, EdgeFilter.None, 100, NetworkEdgeSelection.DefaultEdgeLimit, Ct);

        Assert.DoesNotContain(before.Nodes, n => n.Id == ContractGraph.BetaId);
        Assert.Contains(after.Nodes, n => n.Id == ContractGraph.BetaId);
    }

    [Fact]
    public async Task Concurrent_ingests_of_different_filings_all_land()
    {
        await using var store = await _db.OpenAsync(Ct);
        var filings = Enumerable.Range(0, 12).Select(i => ContractGraph.Build(
            ContractGraph.BetaNote, $"Reporter {i} Inc", $"filing-{i}", "10-K", $"hash-{i}")).ToList();

        var outcomes = await Task.WhenAll(filings.Select(f => Task.Run(() => store.IngestAsync(f, Ct), Ct)));

        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Added, o.Status));
        var stats = await store.GetStatsAsync(Ct);
        Assert.Equal(12, stats.Filings);
        Assert.Equal(12 * ContractGraph.BetaNote.Facts.Count, stats.Transactions);
    }

    [Fact]
    public async Task Readers_never_see_half_a_filing_while_it_is_written()
    {
        await using var store = await _db.OpenAsync(Ct);
        var big = LargeFiling(30_000);
        var seen = new List<int>();

        var ingest = Task.Run(() => store.IngestAsync(big, Ct), Ct);
        while (!ingest.IsCompleted)
            seen.Add((await store.GetStatsAsync(Ct)).Transactions);
        await ingest;
        seen.Add((await store.GetStatsAsync(Ct)).Transactions);

        Assert.All(seen, count => Assert.True(count == 0 || count == big.Edges.Count, $"saw {count} edges"));
        Assert.Equal(big.Edges.Count, seen[^1]);
    }

    /// <summary>One filing with many counterparties, built by hand: the builder is not under test here.</summary>
    private static FilingGraph LargeFiling(int edges)
    {
        var reporter = new Entity { Id = "big-reporter", Name = "Big Reporter Inc", IsReporter = true };
        var parties = Enumerable.Range(0, 500).Select(i => new Entity { Id = $"party-{i}", Name = $"Party {i} Ltd" }).ToList();
        return new FilingGraph(
            new Filing { Id = "big-filing", ReporterId = reporter.Id, ContentHash = "big", IngestedAt = DateTimeOffset.UnixEpoch },
            [reporter, .. parties],
            Enumerable.Range(0, edges).Select(i => new GraphEdge
            {
                Id = $"e-{i}",
                Category = EdgeCategory.Transaction,
                Kind = "revenue",
                FromId = parties[i % parties.Count].Id,
                ToId = reporter.Id,
                Year = 2000 + i % 20,
                Amount = i,
                Value = i,
                Currency = "USD",
                ReportedBy = reporter.Id,
                FilingId = "big-filing",
            }).ToList(),
            []);
    }
}
