using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Resolution;
using Graph.Storage.Neo4j.Traversal;

namespace Graph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<Network> GetNetworkAsync(
        string rootId, int depth, EdgeFilter filter, int limit, int edgeLimit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rootId);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(edgeLimit);
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        if ((await ExistingAsync([rootId], ct).ConfigureAwait(false)).Count == 0)
            return new Network([], [], false, 0, 0);
        var parameters = FilterParameters.Of(filter, await ReporterMembersAsync(filter, clusters, ct).ConfigureAwait(false));
        var graph = LocalGraphFor(clusters, parameters);

        var walk = await NetworkSearch.WalkAsync(graph, clusters.CanonicalOf(rootId), depth, limit, ct).ConfigureAwait(false);
        var entities = await LoadCanonicalEntitiesAsync(walk.Kept, clusters, ct).ConfigureAwait(false);
        var among = await RunAsync(Statements.EdgesAmong, parameters.With(("ids", walk.Kept.SelectMany(clusters.Members).ToList())), ct)
            .ConfigureAwait(false);
        var edges = among.Rows
            .Select(r => EdgeMapping.FromMap(r.GetMap("edge"), clusters.CanonicalOf).Edge)
            .Where(e => e.FromId != e.ToId)
            .DistinctBy(e => e.Id)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var chosen = ChooseEdges(walk.Kept, edges, edgeLimit);
        return new Network(
            walk.Kept.Where(entities.ContainsKey).Select(id => entities[id]).ToList(),
            chosen,
            walk.Omitted > 0,
            walk.Omitted,
            edges.Count - chosen.Count);
    }

    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(
        string fromId, string toId, int maxHops, EdgeFilter filter, int first, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        ArgumentNullException.ThrowIfNull(filter);
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        var found = await ExistingAsync([fromId, toId], ct).ConfigureAwait(false);
        if (!found.Contains(fromId) || !found.Contains(toId))
            return [];
        var (source, target) = (clusters.CanonicalOf(fromId), clusters.CanonicalOf(toId));
        if (source == target || maxHops < 1 || first < 1)
            return [];

        var parameters = FilterParameters.Of(filter, await ReporterMembersAsync(filter, clusters, ct).ConfigureAwait(false));
        // Search from the end with fewer edges, counted whatever the filter, as the embedded store does.
        var reversed = await DegreeAsync(clusters, source, ct).ConfigureAwait(false) > await DegreeAsync(clusters, target, ct).ConfigureAwait(false);
        var graph = LocalGraphFor(clusters, parameters);
        var paths = await PathSearch.FindAsync(graph, source, target, maxHops, first, reversed, ct).ConfigureAwait(false);
        var entities = await LoadCanonicalEntitiesAsync(paths.SelectMany(p => p.Nodes), clusters, ct).ConfigureAwait(false);
        return paths.Select(p => new GraphPath(
            p.Nodes.Select(n => entities[n]).ToList(),
            p.Edges.Select(e => e.Edge).ToList())).ToList();
    }

    public async Task<IReadOnlyList<SharedCounterparty>> GetSharedCounterpartiesAsync(
        IReadOnlyList<string> entityIds, EdgeFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(filter);
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        var found = await ExistingAsync(entityIds, ct).ConfigureAwait(false);
        var given = entityIds.Where(found.Contains).Select(clusters.CanonicalOf).Distinct(StringComparer.Ordinal).ToList();
        if (given.Count < 2)
            return [];

        var parameters = FilterParameters.Of(filter, await ReporterMembersAsync(filter, clusters, ct).ConfigureAwait(false));
        var graph = LocalGraphFor(clusters, parameters);
        await graph.ExpandAsync(given, ct).ConfigureAwait(false);
        var givenSet = given.ToHashSet(StringComparer.Ordinal);
        var linked = new Dictionary<string, (List<string> To, List<GraphEdge> Edges)>(StringComparer.Ordinal);
        foreach (var node in given)
        {
            foreach (var stored in graph.EdgesOf(node))
            {
                var other = LocalGraph.Other(stored.Edge, node);
                if (givenSet.Contains(other))
                    continue;
                if (!linked.TryGetValue(other, out var entry))
                    linked[other] = entry = ([], []);
                if (!entry.To.Contains(node))
                    entry.To.Add(node);
                entry.Edges.Add(stored.Edge);
            }
        }
        var shared = linked.Where(l => l.Value.To.Count >= 2).ToList();
        var entities = await LoadCanonicalEntitiesAsync(shared.SelectMany(s => s.Value.To.Append(s.Key)), clusters, ct).ConfigureAwait(false);
        return shared
            .Where(s => entities.ContainsKey(s.Key))
            .Select(s => new SharedCounterparty(
                entities[s.Key],
                s.Value.To.Select(n => entities.TryGetValue(n, out var e) ? e.Id : n).Order(StringComparer.Ordinal).ToList(),
                s.Value.Edges.OrderBy(e => e.Id, StringComparer.Ordinal).ToList()))
            .OrderByDescending(s => s.LinkedTo.Count)
            .ThenByDescending(s => s.Edges.Count)
            .ThenBy(s => s.Entity.Id, StringComparer.Ordinal)
            .ToList();
    }

    private LocalGraph LocalGraphFor(SameAsClusters clusters, Dictionary<string, object?> filterParameters) =>
        new(clusters, async (ids, ct) =>
        {
            var result = await RunAsync(Statements.Expand, filterParameters.With(("ids", ids.ToList())), ct).ConfigureAwait(false);
            return result.Rows.Select(r => EdgeMapping.FromMap(r.GetMap("edge"), clusters.CanonicalOf)).ToList();
        });

    private async Task<long> DegreeAsync(SameAsClusters clusters, string canonical, CancellationToken ct)
    {
        var result = await RunAsync(Statements.Degree, new() { ["members"] = clusters.Members(canonical).ToList() }, ct).ConfigureAwait(false);
        return Single(result, "degree").GetInt64("degree");
    }

    /// <summary><see cref="NetworkEdgeSelection"/> over the kept entities; the walk keeps the root first.</summary>
    private static IReadOnlyList<GraphEdge> ChooseEdges(IReadOnlyList<string> kept, List<GraphEdge> edges, int edgeLimit)
    {
        if (edges.Count <= edgeLimit)
            return edges;
        var local = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in kept)
            local[id] = local.Count;
        var from = edges.Select(e => local[e.FromId]).ToArray();
        var to = edges.Select(e => local[e.ToId]).ToArray();
        var value = edges.Select(e => e.Value is { } v ? (double)v : double.NaN).ToArray();
        return NetworkEdgeSelection.Select(kept.Count, 0, from, to, value, edgeLimit).Select(i => edges[i]).ToList();
    }
}
