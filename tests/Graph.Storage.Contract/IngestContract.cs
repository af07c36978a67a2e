using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Storage.Contract;

/// <summary>Ingest is all-or-nothing per filing and idempotent; a corrected filing replaces only its own facts.</summary>
public abstract class IngestContract : StoreContract
{
    [Fact]
    public async Task New_filing_is_added_with_its_entities_and_edges()
    {
        var alpha = ContractGraph.Alpha();

        var outcome = await Store.IngestAsync(alpha, Ct);

        Assert.Equal(IngestStatus.Added, outcome.Status);
        Assert.Equal(ContractGraph.AlphaFilingId, outcome.FilingId);
        Assert.Equal(alpha.Entities.Count, outcome.EntitiesAdded);
        Assert.Equal(alpha.Edges.Count, outcome.EdgesWritten);
        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal(alpha.Entities.Count, stats.Entities);
        Assert.Equal(1, stats.Filings);
        Assert.Equal(alpha.Edges.Count(e => e.Category == EdgeCategory.Transaction), stats.Transactions);
        Assert.Equal(alpha.Edges.Count(e => e.Category == EdgeCategory.Balance), stats.Balances);
        Assert.Equal(alpha.RelatedParties.Count, stats.RelatedParties);
    }

    [Fact]
    public async Task Same_filing_twice_is_unchanged_and_leaves_the_graph_as_it_was()
    {
        await SeedAsync();
        var before = await Snapshot.TakeAsync(Store, Ct);

        var outcome = await Store.IngestAsync(ContractGraph.Alpha(), Ct);

        Assert.Equal(IngestStatus.Unchanged, outcome.Status);
        Assert.Equal(0, outcome.EdgesWritten);
        Assert.Equal(before, await Snapshot.TakeAsync(Store, Ct));
    }

    [Fact]
    public async Task Corrected_filing_replaces_its_own_edges_and_nothing_else()
    {
        await SeedAsync();
        var betaEdgesBefore = await EdgesOfFilingAsync(ContractGraph.BetaFilingId);

        var outcome = await Store.IngestAsync(ContractGraph.AlphaCorrected(), Ct);

        Assert.Equal(IngestStatus.Replaced, outcome.Status);
        var alphaEdges = await EdgesOfFilingAsync(ContractGraph.AlphaFilingId);
        Assert.Equal(ContractGraph.AlphaCorrected().Edges.Select(e => e.Id).Order(), alphaEdges.Select(e => e.Id).Order());
        Assert.Contains(alphaEdges, e => e.Kind == "revenue" && e.Year == 2023 && e.Amount == 210m);
        Assert.DoesNotContain(alphaEdges, e => e.Kind == "loan_to");
        Assert.Equal(betaEdgesBefore, await EdgesOfFilingAsync(ContractGraph.BetaFilingId));
        var filing = (await Store.GetFilingsAsync([ContractGraph.AlphaFilingId], Ct))[ContractGraph.AlphaFilingId];
        Assert.Equal("alpha-v2", filing.ContentHash);
    }

    [Fact]
    public async Task Corrected_filing_leaves_the_same_graph_as_ingesting_only_the_correction()
    {
        await SeedAsync();
        await Store.IngestAsync(ContractGraph.AlphaCorrected(), Ct);
        var replaced = await Snapshot.TakeAsync(Store, Ct);

        await using var fresh = await CreateStoreAsync();
        await fresh.IngestAsync(ContractGraph.AlphaCorrected(), Ct);
        foreach (var filing in ContractGraph.All().Skip(1))
            await fresh.IngestAsync(filing, Ct);

        Assert.Equal(await Snapshot.TakeAsync(fresh, Ct), replaced);
    }

    [Fact]
    public async Task One_counterparty_named_by_two_reporters_is_one_node()
    {
        await SeedAsync();

        var keshen = (await Store.GetEntitiesAsync([ContractGraph.KeshenId], Ct))[ContractGraph.KeshenId];
        var edges = await AllEdgesAsync(ContractGraph.KeshenId);

        Assert.Equal(new[] { ContractGraph.AlphaId, ContractGraph.BetaId }, edges.Select(e => e.ReportedBy).Distinct().Order());
        Assert.Contains("Keshen", keshen.Aliases);
        Assert.Contains("Keshen Information Co. Ltd.", keshen.Aliases);
        Assert.Equal("Keshen Information Co., Ltd", keshen.Name);
    }

    [Fact]
    public async Task A_reporter_named_as_a_counterparty_is_one_node_that_keeps_being_a_reporter()
    {
        await SeedAsync();

        var gamma = (await Store.GetEntitiesAsync([ContractGraph.GammaId], Ct))[ContractGraph.GammaId];

        Assert.True(gamma.IsReporter);
        var reporters = (await AllEdgesAsync(ContractGraph.GammaId)).Select(e => e.ReportedBy).Distinct().Order().ToList();
        Assert.Equal(new[] { ContractGraph.BetaId, ContractGraph.GammaId }.Order(), reporters);
    }

    [Fact]
    public async Task Failed_ingest_writes_nothing_of_the_filing()
    {
        await Store.IngestAsync(ContractGraph.Beta(), Ct);
        var before = await Snapshot.TakeAsync(Store, Ct);
        var alpha = ContractGraph.Alpha();
        // The last edge names an entity neither the filing nor the store has: the write must fail as a whole.
        var broken = alpha with { Edges = [.. alpha.Edges, alpha.Edges[0] with { Id = "e-dangling", ToId = "no-such-entity" }] };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.IngestAsync(broken, Ct));

        Assert.Equal(before, await Snapshot.TakeAsync(Store, Ct));
        Assert.Empty(await Store.GetFilingsAsync([ContractGraph.AlphaFilingId], Ct));
    }

    [Fact]
    public async Task Batch_writes_every_good_filing_and_nothing_of_a_failing_one()
    {
        var alpha = ContractGraph.Alpha();
        var gamma = ContractGraph.Gamma();
        var broken = gamma with { Edges = [.. gamma.Edges, gamma.Edges[0] with { Id = "e-dangling", ToId = "no-such-entity" }] };

        var result = await Store.IngestBatchAsync([alpha, broken, ContractGraph.Beta()], Ct);

        Assert.Equal([ContractGraph.AlphaFilingId, ContractGraph.BetaFilingId], result.Outcomes.Select(o => o.FilingId));
        Assert.All(result.Outcomes, o => Assert.Equal(IngestStatus.Added, o.Status));
        var failure = Assert.Single(result.Failures);
        Assert.Equal(ContractGraph.GammaFilingId, failure.FilingId);
        Assert.Contains("no-such-entity", failure.Error, StringComparison.Ordinal);
        Assert.Empty(await Store.GetFilingsAsync([ContractGraph.GammaFilingId], Ct));

        // The same as ingesting the two good filings one by one.
        var batched = await Snapshot.TakeAsync(Store, Ct);
        var single = await CreateStoreAsync();
        try
        {
            await single.IngestAsync(alpha, Ct);
            await single.IngestAsync(ContractGraph.Beta(), Ct);
            Assert.Equal(await Snapshot.TakeAsync(single, Ct), batched);
        }
        finally
        {
            await DisposeStoreAsync(single);
        }
    }

    [Fact]
    public async Task Batch_again_is_unchanged_and_a_correction_in_a_batch_replaces()
    {
        await Store.IngestBatchAsync(ContractGraph.All(), Ct);
        var before = await Snapshot.TakeAsync(Store, Ct);

        var again = await Store.IngestBatchAsync(ContractGraph.All(), Ct);

        Assert.All(again.Outcomes, o => Assert.Equal(IngestStatus.Unchanged, o.Status));
        Assert.Empty(again.Failures);
        Assert.Equal(before, await Snapshot.TakeAsync(Store, Ct));

        var corrected = await Store.IngestBatchAsync([ContractGraph.AlphaCorrected(), ContractGraph.Beta()], Ct);

        Assert.Equal([IngestStatus.Replaced, IngestStatus.Unchanged], corrected.Outcomes.Select(o => o.Status));
        var alphaEdges = await EdgesOfFilingAsync(ContractGraph.AlphaFilingId);
        Assert.Equal(ContractGraph.AlphaCorrected().Edges.Select(e => e.Id).Order(), alphaEdges.Select(e => e.Id).Order());
    }

    [Fact]
    public async Task A_batch_after_other_writes_keeps_what_they_learnt_of_an_entity()
    {
        static FilingGraph Naming(string filingId, string reporter, string[] aliases)
        {
            var reporterId = EntityIds.ForName(reporter);
            var partyId = EntityIds.ForName("Shared Party Limited");
            return new FilingGraph(
                new Filing { Id = filingId, ReporterId = reporterId, FiscalYear = 2024, ContentHash = filingId, IngestedAt = ContractGraph.IngestedAt },
                [new Entity { Id = reporterId, Name = reporter, IsReporter = true }, new Entity { Id = partyId, Name = "Shared Party Limited", Aliases = aliases }],
                [new GraphEdge
                {
                    Id = filingId + "-e", Category = EdgeCategory.Transaction, Kind = "revenue", FromId = partyId, ToId = reporterId,
                    Year = 2024, Amount = 1, Currency = "USD", Scale = 1, Value = 1, ReportedBy = reporterId, FilingId = filingId,
                }],
                [new RelatedPartyLink(reporterId, partyId, null, filingId)]);
        }

        await Store.IngestBatchAsync([Naming("f1", "First Reporter Inc.", [])], Ct);
        // A write outside the batches teaches the store an alias of the shared party ...
        await Store.IngestAsync(Naming("f2", "Second Reporter Inc.", ["Shared"]), Ct);
        // ... which the next batch, naming the party with another alias, must keep beside it.
        await Store.IngestBatchAsync([Naming("f3", "Third Reporter Inc.", ["SPL"])], Ct);

        var party = (await Store.GetEntitiesAsync([EntityIds.ForName("Shared Party Limited")], Ct)).Values.Single();
        Assert.Contains("Shared", party.Aliases);
        Assert.Contains("SPL", party.Aliases);
    }

    [Fact]
    public async Task Cancelled_batch_writes_nothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.IngestBatchAsync(ContractGraph.All(), cts.Token));

        Assert.Equal(0, (await Store.GetStatsAsync(Ct)).Filings);
    }

    [Fact]
    public async Task Cancelled_ingest_writes_nothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.IngestAsync(ContractGraph.Alpha(), cts.Token));

        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal(0, stats.Filings);
        Assert.Equal(0, stats.Entities);
    }

    [Fact]
    public async Task Edges_keep_every_fact_property()
    {
        var alpha = ContractGraph.Alpha();
        await Store.IngestAsync(alpha, Ct);

        var stored = (await AllEdgesAsync(ContractGraph.AlphaId)).ToDictionary(e => e.Id);

        Assert.Equal(alpha.Edges.Count, stored.Count);
        foreach (var edge in alpha.Edges)
            Assert.Equal(edge, stored[edge.Id]);
    }

    [Fact]
    public async Task Filing_keeps_its_metadata()
    {
        await Store.IngestAsync(ContractGraph.Alpha(), Ct);

        var filing = (await Store.GetFilingsAsync([ContractGraph.AlphaFilingId, "missing"], Ct)).Values.Single();

        Assert.Equal(ContractGraph.Alpha().Filing, filing);
    }

    private async Task<List<GraphEdge>> EdgesOfFilingAsync(string filingId)
    {
        var edges = new List<GraphEdge>();
        await foreach (var edge in Store.ReadEdgesAsync(Ct))
            if (edge.FilingId == filingId)
                edges.Add(edge);
        return [.. edges.OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    private async Task<List<GraphEdge>> AllEdgesAsync(string entityId) =>
        [.. (await Store.GetEdgesAsync(new EdgeQuery { EntityId = entityId, First = 1000 }, Ct)).Items.Select(i => i.Node)];
}
