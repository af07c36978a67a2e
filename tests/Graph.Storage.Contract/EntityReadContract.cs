using Graph.Core.Model;

namespace Graph.Storage.Contract;

/// <summary>Entity lookups, search with keyset paging, related-party links and counts.</summary>
public abstract class EntityReadContract : StoreContract
{
    [Fact]
    public async Task Entities_are_returned_for_the_ids_that_exist()
    {
        await SeedAsync();

        var found = await Store.GetEntitiesAsync([ContractGraph.AlphaId, ContractGraph.SmithId, "no-such-id"], Ct);

        Assert.Equal(2, found.Count);
        Assert.True(found[ContractGraph.AlphaId].IsReporter);
        Assert.Equal("Alpha Holdings Inc.", found[ContractGraph.AlphaId].Name);
        Assert.Equal("person", found[ContractGraph.SmithId].Type);
        Assert.False(found[ContractGraph.SmithId].IsReporter);
    }

    [Fact]
    public async Task Totals_over_related_parties_are_kept_on_a_placeholder_of_the_reporter()
    {
        await SeedAsync();

        var page = await Store.SearchEntitiesAsync("related parties of alpha", null, 10, null, Ct);

        var aggregate = Assert.Single(page.Items).Node;
        Assert.Equal(EntityPlaceholders.Aggregate, aggregate.Placeholder);
        Assert.Contains("related parties", aggregate.Aliases);
    }

    [Theory]
    [InlineData("keshen")]
    [InlineData("KESHEN INFORMATION")]
    [InlineData("co. ltd.")]
    public async Task Search_matches_names_and_aliases_ignoring_case(string search)
    {
        await SeedAsync();

        var page = await Store.SearchEntitiesAsync(search, null, 10, null, Ct);

        Assert.Contains(page.Items, i => i.Node.Id == ContractGraph.KeshenId);
        Assert.All(page.Items, i => Assert.Contains(search.ToLowerInvariant(),
            string.Join("\n", i.Node.Aliases.Prepend(i.Node.Name)).ToLowerInvariant(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_by_a_defined_alias_finds_the_party()
    {
        await SeedAsync();

        var page = await Store.SearchEntitiesAsync("KIC", null, 10, null, Ct);

        Assert.Equal(ContractGraph.KeshenInfoId, Assert.Single(page.Items).Node.Id);
    }

    [Fact]
    public async Task Search_filters_on_type()
    {
        await SeedAsync();

        var people = await Store.SearchEntitiesAsync(null, "person", 10, null, Ct);

        Assert.Equal(ContractGraph.SmithId, Assert.Single(people.Items).Node.Id);
        Assert.Equal(1, people.TotalCount);
    }

    [Fact]
    public async Task Search_pages_with_cursors_cover_every_entity_once()
    {
        await SeedAsync();
        var all = await Store.SearchEntitiesAsync(null, null, 1000, null, Ct);

        var seen = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await Store.SearchEntitiesAsync(null, null, 3, after, Ct);
            Assert.Equal(all.TotalCount, page.TotalCount);
            seen.AddRange(page.Items.Select(i => i.Node.Id));
            if (!page.HasNextPage)
                break;
            after = page.EndCursor;
        }

        Assert.Equal(all.Items.Select(i => i.Node.Id), seen);
        Assert.Equal((await Store.GetStatsAsync(Ct)).Entities, all.TotalCount);
        Assert.False(all.HasNextPage);
    }

    [Fact]
    public async Task A_cursor_that_is_not_one_is_rejected()
    {
        await SeedAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => Store.SearchEntitiesAsync(null, null, 3, "not a cursor", Ct));
    }

    [Fact]
    public async Task Related_party_links_carry_the_stated_relationship_from_both_sides()
    {
        await SeedAsync();

        var links = await Store.GetRelatedPartiesAsync([ContractGraph.AlphaId, ContractGraph.KeshenId], Ct);

        var fromAlpha = links[ContractGraph.AlphaId];
        Assert.Contains(fromAlpha, l => l.PartyId == ContractGraph.KeshenId && l.Relationship == "controlled by our chairman"
                                         && l.FilingId == ContractGraph.AlphaFilingId && l.ReporterId == ContractGraph.AlphaId);
        Assert.Contains(fromAlpha, l => l.PartyId == ContractGraph.SmithId && l.Relationship == "chief executive officer");
        Assert.Equal(new[] { ContractGraph.AlphaId, ContractGraph.BetaId }.Order(),
            links[ContractGraph.KeshenId].Select(l => l.ReporterId).Order());
    }

    [Fact]
    public async Task Stats_count_entities_by_type_filings_and_edges()
    {
        await SeedAsync();
        var graphs = ContractGraph.All();

        var stats = await Store.GetStatsAsync(Ct);

        var distinctEntities = graphs.SelectMany(g => g.Entities).DistinctBy(e => e.Id).ToList();
        Assert.Equal(distinctEntities.Count, stats.Entities);
        Assert.Equal(stats.Entities, stats.EntitiesByType.Values.Sum());
        Assert.Equal(1, stats.EntitiesByType["person"]);
        Assert.Equal(4, stats.Filings);
        Assert.Equal(graphs.Sum(g => g.Edges.Count(e => e.Category == EdgeCategory.Transaction)), stats.Transactions);
        Assert.Equal(graphs.Sum(g => g.Edges.Count(e => e.Category == EdgeCategory.Balance)), stats.Balances);
        Assert.Equal(0, stats.SameAs);
    }

    [Fact]
    public async Task Filings_list_newest_first_with_cursors_and_by_reporter()
    {
        await SeedAsync();

        var first = await Store.ListFilingsAsync(null, 2, null, Ct);
        var second = await Store.ListFilingsAsync(null, 2, first.EndCursor, Ct);
        var beta = await Store.ListFilingsAsync(ContractGraph.BetaId, 10, null, Ct);

        Assert.Equal(4, first.TotalCount);
        Assert.True(first.HasNextPage);
        Assert.False(second.HasNextPage);
        Assert.Equal(4, first.Items.Concat(second.Items).Select(i => i.Node.Id).Distinct().Count());
        Assert.Equal(ContractGraph.BetaFilingId, Assert.Single(beta.Items).Node.Id);
    }
}
