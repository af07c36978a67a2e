using Graph.Core.Notes;
using Graph.Core.Storage;

namespace Graph.Storage.Contract;

/// <summary>Capped networks, k shortest paths and shared counterparties.</summary>
public abstract class TraversalContract : StoreContract
{
    [Fact]
    public async Task Network_of_depth_one_is_the_root_and_its_counterparties()
    {
        await SeedAsync();

        var network = await Store.GetNetworkAsync(ContractGraph.KeshenId, 1, EdgeFilter.None, 100, NetworkEdgeSelection.DefaultEdgeLimit, Ct);

        Assert.Equal(ContractGraph.KeshenId, network.Nodes[0].Id);
        Assert.Equal(new[] { ContractGraph.AlphaId, ContractGraph.BetaId, ContractGraph.KeshenId }.Order(), network.Nodes.Select(n => n.Id).Order());
        Assert.False(network.Truncated);
        Assert.Equal(0, network.Omitted);
        var keshenEdges = ContractGraph.All().SelectMany(g => g.Edges)
            .Count(e => e.FromId == ContractGraph.KeshenId || e.ToId == ContractGraph.KeshenId);
        Assert.Equal(keshenEdges, network.Edges.Count);
    }

    [Fact]
    public async Task Network_of_depth_two_reaches_counterparties_of_counterparties_and_keeps_edges_among_them()
    {
        await SeedAsync();

        var network = await Store.GetNetworkAsync(ContractGraph.KeshenId, 2, EdgeFilter.None, 100, NetworkEdgeSelection.DefaultEdgeLimit, Ct);

        var ids = network.Nodes.Select(n => n.Id).ToHashSet();
        Assert.Contains(ContractGraph.SmithId, ids);
        Assert.Contains(ContractGraph.GammaId, ids);
        Assert.DoesNotContain(ContractGraph.DeltaId, ids);
        Assert.Equal(ids.Count, network.Nodes.Count);
        Assert.All(network.Edges, e => Assert.True(ids.Contains(e.FromId) && ids.Contains(e.ToId)));
        var expectedEdges = ContractGraph.All().SelectMany(g => g.Edges).Count(e => ids.Contains(e.FromId) && ids.Contains(e.ToId));
        Assert.Equal(expectedEdges, network.Edges.Count);
    }

    [Fact]
    public async Task Network_over_the_cap_says_how_many_entities_were_left_out()
    {
        await SeedAsync();
        var whole = await Store.GetNetworkAsync(ContractGraph.KeshenId, 3, EdgeFilter.None, 100, NetworkEdgeSelection.DefaultEdgeLimit, Ct);

        var capped = await Store.GetNetworkAsync(ContractGraph.KeshenId, 3, EdgeFilter.None, 3, NetworkEdgeSelection.DefaultEdgeLimit, Ct);

        Assert.Equal(3, capped.Nodes.Count);
        Assert.True(capped.Truncated);
        Assert.Equal(whole.Nodes.Count - 3, capped.Omitted);
        var kept = capped.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(capped.Edges, e => Assert.True(kept.Contains(e.FromId) && kept.Contains(e.ToId)));
        Assert.Equal(ContractGraph.KeshenId, capped.Nodes[0].Id);
    }

    [Fact]
    public async Task Network_over_the_edge_cap_stays_connected_keeps_the_heaviest_edge_and_counts_the_rest()
    {
        await SeedAsync();
        var whole = await Store.GetNetworkAsync(ContractGraph.KeshenId, 2, EdgeFilter.None, 100, NetworkEdgeSelection.DefaultEdgeLimit, Ct);
        // One connecting edge per entity but the root, and one more.
        var edgeLimit = whole.Nodes.Count;
        Assert.True(whole.Edges.Count > edgeLimit, "the contract graph needs more edges than entities around Keshen");

        var capped = await Store.GetNetworkAsync(ContractGraph.KeshenId, 2, EdgeFilter.None, 100, edgeLimit, Ct);

        Assert.Equal(whole.Nodes.Select(n => n.Id).Order(), capped.Nodes.Select(n => n.Id).Order());
        Assert.Equal(0, whole.EdgesOmitted);
        Assert.Equal(edgeLimit, capped.Edges.Count);
        Assert.Equal(whole.Edges.Count - edgeLimit, capped.EdgesOmitted);
        Assert.Subset(whole.Edges.Select(e => e.Id).ToHashSet(), capped.Edges.Select(e => e.Id).ToHashSet());
        Assert.Equal(whole.Nodes.Count, Reachable(ContractGraph.KeshenId, capped.Edges).Count);
        var heaviest = whole.Edges.Where(e => e.Value is not null).MaxBy(e => e.Value)!;
        Assert.Contains(capped.Edges, e => e.Id == heaviest.Id);

        var none = await Store.GetNetworkAsync(ContractGraph.KeshenId, 2, EdgeFilter.None, 100, 0, Ct);

        Assert.Equal(whole.Nodes.Count, none.Nodes.Count);
        Assert.Empty(none.Edges);
        Assert.Equal(whole.Edges.Count, none.EdgesOmitted);
    }

    private static HashSet<string> Reachable(string root, IReadOnlyList<Graph.Core.Model.GraphEdge> edges)
    {
        var reached = new HashSet<string> { root };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var e in edges)
            {
                if (reached.Contains(e.FromId) != reached.Contains(e.ToId))
                    grew |= reached.Add(e.FromId) | reached.Add(e.ToId);
            }
        }
        return reached;
    }

    [Fact]
    public async Task Network_follows_only_matching_edges()
    {
        await SeedAsync();

        var network = await Store.GetNetworkAsync(ContractGraph.AlphaId, 2, new EdgeFilter { Kinds = [FactKinds.LoanTo] }, 100, NetworkEdgeSelection.DefaultEdgeLimit, Ct);

        Assert.Equal(new[] { ContractGraph.AlphaId, ContractGraph.SmithId }.Order(), network.Nodes.Select(n => n.Id).Order());
        Assert.All(network.Edges, e => Assert.Equal(FactKinds.LoanTo, e.Kind));
    }

    [Fact]
    public async Task Network_of_an_unknown_entity_is_empty()
    {
        await SeedAsync();

        var network = await Store.GetNetworkAsync("no-such-entity", 2, EdgeFilter.None, 100, NetworkEdgeSelection.DefaultEdgeLimit, Ct);

        Assert.Empty(network.Nodes);
        Assert.Empty(network.Edges);
    }

    [Fact]
    public async Task Path_runs_across_filers_ignoring_direction()
    {
        await SeedAsync();

        var paths = await Store.FindPathsAsync(ContractGraph.AlphaId, ContractGraph.DeltaId, 4, EdgeFilter.None, 5, Ct);

        var path = Assert.Single(paths);
        Assert.Equal(
            [ContractGraph.AlphaId, ContractGraph.KeshenId, ContractGraph.BetaId, ContractGraph.GammaId, ContractGraph.DeltaId],
            path.Nodes.Select(n => n.Id));
        Assert.Equal(4, path.Edges.Count);
        for (var i = 0; i < path.Edges.Count; i++)
        {
            var ends = new[] { path.Edges[i].FromId, path.Edges[i].ToId }.Order();
            Assert.Equal(new[] { path.Nodes[i].Id, path.Nodes[i + 1].Id }.Order(), ends);
        }
    }

    [Fact]
    public async Task No_path_within_fewer_hops_than_the_shortest()
    {
        await SeedAsync();

        Assert.Empty(await Store.FindPathsAsync(ContractGraph.AlphaId, ContractGraph.DeltaId, 3, EdgeFilter.None, 5, Ct));
        // KeshenInfo hangs off Delta: five hops from Alpha until the two Keshens are merged.
        Assert.Empty(await Store.FindPathsAsync(ContractGraph.AlphaId, ContractGraph.KeshenInfoId, 4, EdgeFilter.None, 5, Ct));
        Assert.Equal(6, Assert.Single(await Store.FindPathsAsync(ContractGraph.AlphaId, ContractGraph.KeshenInfoId, 5, EdgeFilter.None, 5, Ct)).Nodes.Count);
    }

    [Fact]
    public async Task Several_paths_come_fewest_hops_first()
    {
        await SeedAsync();
        // A second route Alpha → Smith → Gamma: Alpha–Gamma is then 2 hops via Smith and 3 via Keshen and Beta.
        await Store.IngestAsync(ContractGraph.Build(
            new NoteFacts
            {
                Note = "gamma-2.txt", Currency = "HKD",
                Parties = [new Party { Name = "John Smith", Type = PartyTypes.Person }],
                Facts = [new NoteFact { Party = "John Smith", Kind = FactKinds.Compensation, Year = 2023, Amount = 3 }],
            },
            "Gamma Limited", "gamma-10k-2023-comp", "10-K", "gamma-comp"), Ct);

        var paths = await Store.FindPathsAsync(ContractGraph.AlphaId, ContractGraph.GammaId, 3, EdgeFilter.None, 5, Ct);

        Assert.Equal([3, 4], paths.Select(p => p.Nodes.Count));
        Assert.Equal(ContractGraph.SmithId, paths[0].Nodes[1].Id);
        Assert.All(paths, p => Assert.Equal(p.Nodes.Count, p.Nodes.Select(n => n.Id).Distinct().Count()));
        var limited = await Store.FindPathsAsync(ContractGraph.AlphaId, ContractGraph.GammaId, 3, EdgeFilter.None, 1, Ct);
        Assert.Equal(paths[0].Nodes.Select(n => n.Id), Assert.Single(limited).Nodes.Select(n => n.Id));
        var filtered = await Store.FindPathsAsync(ContractGraph.AlphaId, ContractGraph.GammaId, 3,
            new EdgeFilter { Kinds = [FactKinds.Revenue, FactKinds.Purchase] }, 5, Ct);
        Assert.Equal(4, Assert.Single(filtered).Nodes.Count);
    }

    [Fact]
    public async Task Shared_counterparties_are_linked_to_at_least_two_of_the_entities()
    {
        await SeedAsync();

        // Gamma is linked to Beta only among these; KeshenInfo's one counterparty is Delta.
        var shared = await Store.GetSharedCounterpartiesAsync([ContractGraph.AlphaId, ContractGraph.BetaId, ContractGraph.KeshenInfoId], EdgeFilter.None, Ct);

        var keshen = Assert.Single(shared);
        Assert.Equal(ContractGraph.KeshenId, keshen.Entity.Id);
        Assert.Equal(new[] { ContractGraph.AlphaId, ContractGraph.BetaId }.Order(), keshen.LinkedTo.Order());
        var expected = ContractGraph.All().SelectMany(g => g.Edges)
            .Count(e => e.FromId == ContractGraph.KeshenId || e.ToId == ContractGraph.KeshenId);
        Assert.Equal(expected, keshen.Edges.Count);
    }

    [Fact]
    public async Task Shared_counterparties_respect_the_filter()
    {
        await SeedAsync();
        Assert.Equal(ContractGraph.GammaId, Assert.Single(
            await Store.GetSharedCounterpartiesAsync([ContractGraph.BetaId, ContractGraph.DeltaId], EdgeFilter.None, Ct)).Entity.Id);

        var shared = await Store.GetSharedCounterpartiesAsync(
            [ContractGraph.AlphaId, ContractGraph.BetaId], new EdgeFilter { Kinds = [FactKinds.Revenue] }, Ct);
        var gamma = await Store.GetSharedCounterpartiesAsync(
            [ContractGraph.BetaId, ContractGraph.DeltaId], new EdgeFilter { Currencies = ["HKD"] }, Ct);

        Assert.Empty(shared);
        Assert.Empty(gamma);
    }
}
