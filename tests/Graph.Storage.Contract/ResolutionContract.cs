using Graph.Core.Storage;

namespace Graph.Storage.Contract;

/// <summary>SAME_AS merges are recorded, read through everywhere, and undone without loss; fuzzy matches are only proposed.</summary>
public abstract class ResolutionContract : StoreContract
{
    [Fact]
    public async Task Merged_entity_reads_as_its_target_everywhere()
    {
        await SeedAsync();

        var link = await Store.MergeAsync(ContractGraph.KeshenInfoId, ContractGraph.KeshenId, "manual", 1.0, "analyst", "same registration number", Ct);

        Assert.Equal((ContractGraph.KeshenInfoId, ContractGraph.KeshenId, "manual", "analyst"), (link.EntityId, link.TargetId, link.Method, link.By));
        var viaMember = (await Store.GetEntitiesAsync([ContractGraph.KeshenInfoId], Ct))[ContractGraph.KeshenInfoId];
        Assert.Equal(ContractGraph.KeshenId, viaMember.Id);
        Assert.Contains("Keshen Info Company", viaMember.Aliases);
        Assert.Contains("KIC", viaMember.Aliases);

        var edges = (await Store.GetEdgesAsync(new EdgeQuery { EntityId = ContractGraph.KeshenInfoId, First = 100 }, Ct)).Items.Select(i => i.Node).ToList();
        Assert.Contains(edges, e => e.ReportedBy == ContractGraph.DeltaId && e.ToId == ContractGraph.KeshenId);
        Assert.DoesNotContain(edges, e => e.FromId == ContractGraph.KeshenInfoId || e.ToId == ContractGraph.KeshenInfoId);

        var shared = await Store.GetSharedCounterpartiesAsync([ContractGraph.AlphaId, ContractGraph.DeltaId], EdgeFilter.None, Ct);
        Assert.Equal(ContractGraph.KeshenId, Assert.Single(shared).Entity.Id);

        var path = Assert.Single(await Store.FindPathsAsync(ContractGraph.AlphaId, ContractGraph.DeltaId, 2, EdgeFilter.None, 5, Ct));
        Assert.Equal(ContractGraph.KeshenId, path.Nodes[1].Id);

        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal(1, stats.SameAs);
        var search = await Store.SearchEntitiesAsync("keshen", null, 10, null, Ct);
        Assert.Equal(ContractGraph.KeshenId, Assert.Single(search.Items).Node.Id);
        var sameAs = await Store.GetSameAsAsync([ContractGraph.KeshenId, ContractGraph.KeshenInfoId], Ct);
        Assert.Equal(link.Id, Assert.Single(sameAs[ContractGraph.KeshenId]).Id);
        Assert.Equal(link.Id, Assert.Single(sameAs[ContractGraph.KeshenInfoId]).Id);
    }

    [Fact]
    public async Task Links_asked_for_many_entities_at_once_are_what_each_gets_alone()
    {
        await SeedAsync();
        await Store.MergeAsync(ContractGraph.KeshenInfoId, ContractGraph.KeshenId, "manual", 1.0, "analyst", null, Ct);
        string[] ids =
        [
            ContractGraph.AlphaId, ContractGraph.BetaId, ContractGraph.GammaId, ContractGraph.DeltaId,
            ContractGraph.KeshenId, ContractGraph.KeshenInfoId, ContractGraph.SmithId, "no-such-entity",
        ];

        var related = await Store.GetRelatedPartiesAsync(ids, Ct);
        var sameAs = await Store.GetSameAsAsync(ids, Ct);

        Assert.Equal(ids.Length - 1, related.Count);
        Assert.Equal(ids.Length - 1, sameAs.Count);
        Assert.NotEmpty(related[ContractGraph.KeshenInfoId]);
        foreach (var id in ids.SkipLast(1))
        {
            Assert.Equal((await Store.GetRelatedPartiesAsync([id], Ct))[id], related[id]);
            Assert.Equal((await Store.GetSameAsAsync([id], Ct))[id], sameAs[id]);
        }
    }

    [Fact]
    public async Task Counterparty_totals_read_through_a_merge()
    {
        await SeedAsync();
        await Store.MergeAsync(ContractGraph.KeshenInfoId, ContractGraph.KeshenId, "manual", 1.0, "analyst", null, Ct);

        var counterparties = (await Store.GetCounterpartiesAsync([ContractGraph.KeshenInfoId], EdgeFilter.None, Ct))[ContractGraph.KeshenInfoId];

        Assert.Equal(new[] { ContractGraph.AlphaId, ContractGraph.BetaId, ContractGraph.DeltaId }.Order(), counterparties.Select(c => c.Entity.Id).Order());
    }

    [Fact]
    public async Task Unmerge_by_link_or_by_entity_restores_the_graph()
    {
        await SeedAsync();
        var before = await Snapshot.TakeAsync(Store, Ct);
        var link = await Store.MergeAsync(ContractGraph.KeshenInfoId, ContractGraph.KeshenId, "manual", 1.0, "analyst", null, Ct);

        Assert.True(await Store.UnmergeAsync(link.Id, Ct));

        Assert.Equal(before, await Snapshot.TakeAsync(Store, Ct));
        Assert.Equal(ContractGraph.KeshenInfoId, (await Store.GetEntitiesAsync([ContractGraph.KeshenInfoId], Ct))[ContractGraph.KeshenInfoId].Id);
        Assert.False(await Store.UnmergeAsync(link.Id, Ct));

        await Store.MergeAsync(ContractGraph.KeshenInfoId, ContractGraph.KeshenId, "manual", 1.0, "analyst", null, Ct);
        Assert.True(await Store.UnmergeAsync(ContractGraph.KeshenInfoId, Ct));
        Assert.Equal(before, await Snapshot.TakeAsync(Store, Ct));
    }

    [Fact]
    public async Task Merges_chain_into_one_cluster()
    {
        await SeedAsync();
        await Store.MergeAsync(ContractGraph.KeshenInfoId, ContractGraph.KeshenId, "manual", 1.0, "analyst", null, Ct);
        await Store.MergeAsync(ContractGraph.KeshenId, ContractGraph.GammaId, "manual", 0.5, "analyst", "test chain", Ct);

        var found = await Store.GetEntitiesAsync([ContractGraph.KeshenInfoId, ContractGraph.KeshenId], Ct);

        Assert.All(found.Values, e => Assert.Equal(ContractGraph.GammaId, e.Id));
        Assert.Equal(2, (await Store.GetSameAsAsync([ContractGraph.KeshenInfoId], Ct))[ContractGraph.KeshenInfoId].Count);
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() =>
            Store.MergeAsync(ContractGraph.GammaId, ContractGraph.KeshenInfoId, "manual", 1.0, "analyst", null, Ct));
    }

    [Fact]
    public async Task Merging_an_unknown_entity_is_refused()
    {
        await SeedAsync();

        await Assert.ThrowsAnyAsync<KeyNotFoundException>(() =>
            Store.MergeAsync("no-such-entity", ContractGraph.KeshenId, "manual", 1.0, "analyst", null, Ct));
        Assert.Equal(0, (await Store.GetStatsAsync(Ct)).SameAs);
    }

    [Fact]
    public async Task Suggestions_propose_similar_names_without_merging_them()
    {
        await SeedAsync();
        var before = await Snapshot.TakeAsync(Store, Ct);

        var suggestions = await Store.SuggestMergesAsync(10, Ct);

        Assert.Contains(suggestions, s =>
            new[] { s.EntityId, s.TargetId }.Order().SequenceEqual(new[] { ContractGraph.KeshenId, ContractGraph.KeshenInfoId }.Order()));
        Assert.All(suggestions, s => Assert.InRange(s.Score, 0.0, 1.0));
        Assert.DoesNotContain(suggestions, s => s.EntityId == s.TargetId);
        Assert.Equal(before, await Snapshot.TakeAsync(Store, Ct));
    }
}
