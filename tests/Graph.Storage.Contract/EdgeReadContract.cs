using Graph.Core.Model;
using Graph.Core.Notes;
using Graph.Core.Storage;

namespace Graph.Storage.Contract;

/// <summary>Edge listings, filters, ordering and cursors; counterparty totals; year-over-year changes.</summary>
public abstract class EdgeReadContract : StoreContract
{
    [Fact]
    public async Task Edges_point_the_way_the_money_goes()
    {
        await SeedAsync();

        var edges = await EdgesAsync(new EdgeQuery { EntityId = ContractGraph.AlphaId, First = 100 });

        Assert.All(edges.Where(e => e.Kind == FactKinds.Revenue), e => Assert.Equal((ContractGraph.KeshenId, ContractGraph.AlphaId), (e.FromId, e.ToId)));
        Assert.All(edges.Where(e => e.Kind == FactKinds.Purchase), e => Assert.Equal((ContractGraph.AlphaId, ContractGraph.KeshenId), (e.FromId, e.ToId)));
        Assert.All(edges.Where(e => e.Kind == FactKinds.DueFrom), e => Assert.Equal((ContractGraph.KeshenId, ContractGraph.AlphaId), (e.FromId, e.ToId)));
        Assert.All(edges.Where(e => e.Kind == FactKinds.LoanTo), e => Assert.Equal((ContractGraph.AlphaId, ContractGraph.SmithId), (e.FromId, e.ToId)));
        Assert.All(edges.Where(e => e.Kind == FactKinds.DueTo), e => Assert.Equal(ContractGraph.AlphaId, e.FromId));
    }

    [Fact]
    public async Task Value_is_amount_times_scale_and_a_facts_own_scale_wins()
    {
        await SeedAsync();

        var edges = await EdgesAsync(new EdgeQuery { EntityId = ContractGraph.AlphaId, First = 100 });

        var revenue2023 = edges.Single(e => e.Kind == FactKinds.Revenue && e.Year == 2023 && e.Description == "cloud services");
        Assert.Equal((200m, 1000m, 200_000m), (revenue2023.Amount, revenue2023.Scale, revenue2023.Value));
        var loan = edges.Single(e => e.Kind == FactKinds.LoanTo);
        Assert.Equal((10_000m, 1m, 10_000m, "USD"), (loan.Amount, loan.Scale, loan.Value, loan.Currency));
        Assert.DoesNotContain(edges, e => e.Year == 2024);
    }

    [Fact]
    public async Task Without_an_entity_every_edge_is_listed()
    {
        await SeedAsync();

        var page = await Store.GetEdgesAsync(new EdgeQuery { First = 1000 }, Ct);

        Assert.Equal(ContractGraph.All().Sum(g => g.Edges.Count), page.TotalCount);
        Assert.Equal(page.TotalCount, page.Items.Count);
    }

    public static TheoryData<string, EdgeFilter> Filters => new()
    {
        { "kinds", new EdgeFilter { Kinds = [FactKinds.Revenue, FactKinds.DueFrom] } },
        { "years", new EdgeFilter { YearFrom = 2023, YearTo = 2023 } },
        { "year from", new EdgeFilter { YearFrom = 2023 } },
        { "amount range", new EdgeFilter { MinAmount = 10_000, MaxAmount = 100_000 } },
        { "currencies", new EdgeFilter { Currencies = ["usd", "HKD"] } },
        { "reported by", new EdgeFilter { ReportedBy = [ContractGraph.BetaId] } },
        { "combined", new EdgeFilter { Kinds = [FactKinds.Revenue], YearTo = 2022, Currencies = ["RMB"] } },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filters_keep_exactly_the_matching_edges(string name, EdgeFilter filter)
    {
        await SeedAsync();
        var all = await EdgesAsync(new EdgeQuery { First = 1000 });

        var filtered = await Store.GetEdgesAsync(new EdgeQuery { Filter = filter, First = 1000 }, Ct);

        var expected = all.Where(e => EdgeFilterSemantics.Matches(filter, e)).Select(e => e.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all.Count, name);
        Assert.Equal(expected, filtered.Items.Select(i => i.Node.Id).Order());
        Assert.Equal(expected.Count, filtered.TotalCount);
    }

    [Theory]
    [InlineData(EdgeOrderField.Amount, true)]
    [InlineData(EdgeOrderField.Amount, false)]
    [InlineData(EdgeOrderField.Year, true)]
    [InlineData(EdgeOrderField.Kind, false)]
    public async Task Ordered_pages_follow_the_order_and_cursors_resume_it(EdgeOrderField field, bool descending)
    {
        await SeedAsync();
        var order = new EdgeOrder(field, descending);
        var whole = await EdgesAsync(new EdgeQuery { Order = order, First = 1000 });

        var paged = new List<GraphEdge>();
        string? after = null;
        do
        {
            var page = await Store.GetEdgesAsync(new EdgeQuery { Order = order, First = 4, After = after }, Ct);
            paged.AddRange(page.Items.Select(i => i.Node));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        Assert.Equal(whole.Select(e => e.Id), paged.Select(e => e.Id));
        IComparable Key(GraphEdge e) => field switch
        {
            EdgeOrderField.Amount => e.Value ?? decimal.MinValue,
            EdgeOrderField.Kind => e.Kind,
            _ => e.Year ?? int.MinValue,
        };
        var keys = whole.Select(Key).ToList();
        var sorted = descending ? keys.OrderDescending().ToList() : keys.Order().ToList();
        Assert.Equal(sorted, keys);
    }

    [Fact]
    public async Task Counterparty_totals_sum_edges_per_kind_year_and_currency()
    {
        await SeedAsync();

        var counterparties = (await Store.GetCounterpartiesAsync([ContractGraph.AlphaId], EdgeFilter.None, Ct))[ContractGraph.AlphaId];

        var keshen = counterparties.Single(c => c.Entity.Id == ContractGraph.KeshenId);
        // Two revenue facts in 2023 (cloud services, licences): one total over two edges.
        var revenue2023 = keshen.Totals.Single(t => t.Kind == FactKinds.Revenue && t.Year == 2023);
        Assert.Equal((225_000m, 2, "RMB"), (revenue2023.Amount, revenue2023.EdgeCount, revenue2023.Currency));
        Assert.Equal(100_000m, keshen.Totals.Single(t => t.Kind == FactKinds.Revenue && t.Year == 2022).Amount);
        Assert.Equal(new[] { 2022, 2023 }, keshen.Years);
        Assert.Equal(
            new[] { ContractGraph.KeshenId, ContractGraph.SmithId }.Order(),
            counterparties.Where(c => c.Entity.Placeholder is null).Select(c => c.Entity.Id).Order());
        Assert.DoesNotContain(counterparties, c => c.Entity.Id == ContractGraph.AlphaId);
    }

    [Fact]
    public async Task Counterparties_of_a_shared_party_are_each_reporter_once()
    {
        await SeedAsync();

        var result = await Store.GetCounterpartiesAsync([ContractGraph.KeshenId, "unknown"], new EdgeFilter { Kinds = [FactKinds.Purchase] }, Ct);

        Assert.False(result.ContainsKey("unknown"));
        var keshen = result[ContractGraph.KeshenId];
        Assert.Equal(new[] { ContractGraph.AlphaId, ContractGraph.BetaId }.Order(), keshen.Select(c => c.Entity.Id).Order());
        Assert.Equal(70_000m, keshen.Single(c => c.Entity.Id == ContractGraph.BetaId).Totals.Single().Amount);
        Assert.Equal(50_000m, keshen.Single(c => c.Entity.Id == ContractGraph.AlphaId).Totals.Single().Amount);
    }

    [Fact]
    public async Task Changes_between_years_report_new_vanished_and_changed_flows()
    {
        await SeedAsync();
        await Store.IngestAsync(ContractGraph.Build(
            new NoteFacts
            {
                Note = "beta-2021.txt", Currency = "RMB",
                Parties = [new Party { Name = "Omega Ltd" }],
                Facts = [new NoteFact { Party = "Omega Ltd", Kind = FactKinds.Purchase, Year = 2022, Amount = 12 }],
            },
            "Beta Corp", "beta-10k-2022", "10-K", "beta-2022"), Ct);

        var changes = await Store.GetChangesAsync(ContractGraph.BetaId, 2022, 2023, Ct);

        var gamma = changes.Single(c => c.Counterparty.Id == ContractGraph.GammaId);
        Assert.Equal((ChangeType.Changed, FactKinds.Revenue, 5000m, 8000m), (gamma.Type, gamma.Kind, gamma.FromAmount, gamma.ToAmount));
        var keshen = changes.Single(c => c.Counterparty.Id == ContractGraph.KeshenId);
        Assert.Equal((ChangeType.New, 0m, 70_000m), (keshen.Type, keshen.FromAmount, keshen.ToAmount));
        var omega = changes.Single(c => c.Counterparty.Name == "Omega Ltd");
        Assert.Equal((ChangeType.Vanished, 12m, 0m), (omega.Type, omega.FromAmount, omega.ToAmount));
        Assert.Equal(3, changes.Count);
    }

    private async Task<List<GraphEdge>> EdgesAsync(EdgeQuery query) =>
        [.. (await Store.GetEdgesAsync(query, Ct)).Items.Select(i => i.Node)];
}
