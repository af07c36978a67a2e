using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Sqlite.Resolution;
using Graph.Storage.Sqlite.Sql;
using Graph.Storage.Sqlite.Traversal;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<Network> GetNetworkAsync(
        string rootId, int depth, EdgeFilter filter, int limit, int edgeLimit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rootId);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(edgeLimit);
        await using var connection = await OpenAsync(ct);
        var snapshot = await _snapshots.GetAsync(connection, withIndex: true, ct);
        var index = snapshot.Index!;
        var found = await LookupAsync(connection, [rootId], ct);
        if (found.Count == 0)
            return new Network([], [], false, 0, 0);
        var rootCanonical = snapshot.Clusters.CanonicalOf(found[rootId]);
        if (!index.NodeOf.TryGetValue(rootCanonical, out var root))
        {
            // An entity without edges is still a network of one.
            var alone = await LoadCanonicalEntitiesAsync(connection, [rootCanonical], snapshot, ct);
            return new Network([.. alone.Values], [], false, 0, 0);
        }

        var predicate = await PredicateAsync(connection, index, snapshot.Clusters, filter, ct);
        var slots = NetworkWalker.Walk(index, root, depth, limit, edgeLimit, predicate, ct);
        var nodeNs = slots.Nodes.Select(node => index.NodeKeys[node]).ToList();
        var entities = await LoadCanonicalEntitiesAsync(connection, nodeNs, snapshot, ct);
        // Only the rows of the chosen edges are read: around a hub they are a few of thousands.
        var edges = IndexedEdgeReader.Read(connection, index, slots.Edges, ct);
        return new Network(
            nodeNs.Where(entities.ContainsKey).Select(n => entities[n]).ToList(),
            edges,
            slots.Omitted > 0,
            slots.Omitted,
            slots.EdgesOmitted);
    }

    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(
        string fromId, string toId, int maxHops, EdgeFilter filter, int first, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await OpenAsync(ct);
        var snapshot = await _snapshots.GetAsync(connection, withIndex: true, ct);
        var index = snapshot.Index!;
        var found = await LookupAsync(connection, [fromId, toId], ct);
        if (!found.TryGetValue(fromId, out var fromN) || !found.TryGetValue(toId, out var toN)
            || !index.NodeOf.TryGetValue(snapshot.Clusters.CanonicalOf(fromN), out var source)
            || !index.NodeOf.TryGetValue(snapshot.Clusters.CanonicalOf(toN), out var target))
            return [];

        var predicate = await PredicateAsync(connection, index, snapshot.Clusters, filter, ct);
        var found2 = PathFinder.Find(index, source, target, maxHops, first, predicate, ct);
        var entities = await LoadCanonicalEntitiesAsync(
            connection, found2.SelectMany(p => p.Nodes).Distinct().Select(node => index.NodeKeys[node]), snapshot, ct);
        var slots = found2.SelectMany(p => p.Edges).Distinct().ToList();
        var edges = IndexedEdgeReader.Read(connection, index, slots, ct)
            .Zip(slots).ToDictionary(x => x.Second, x => x.First);
        return found2.Select(p => new GraphPath(
            p.Nodes.Select(node => entities[index.NodeKeys[node]]).ToList(),
            p.Edges.Select(e => edges[e]).ToList())).ToList();
    }

    public async Task<IReadOnlyList<SharedCounterparty>> GetSharedCounterpartiesAsync(
        IReadOnlyList<string> entityIds, EdgeFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await OpenAsync(ct);
        var snapshot = await _snapshots.GetAsync(connection, withIndex: true, ct);
        var index = snapshot.Index!;
        var found = await LookupAsync(connection, entityIds, ct);
        var nodes = found.Values
            .Select(n => snapshot.Clusters.CanonicalOf(n))
            .Where(index.NodeOf.ContainsKey)
            .Select(c => index.NodeOf[c])
            .Distinct()
            .ToList();
        if (nodes.Count < 2)
            return [];

        var predicate = await PredicateAsync(connection, index, snapshot.Clusters, filter, ct);
        var shared = SharedFinder.Find(index, nodes, predicate, ct);
        var entities = await LoadCanonicalEntitiesAsync(
            connection, shared.SelectMany(s => s.LinkedTo.Append(s.Node)).Distinct().Select(node => index.NodeKeys[node]),
            snapshot, ct);
        var sharedSlots = shared.SelectMany(s => s.Edges).Distinct().ToList();
        var edges = IndexedEdgeReader.Read(connection, index, sharedSlots, ct)
            .Zip(sharedSlots).ToDictionary(x => x.Second, x => x.First);
        return shared
            .Select(s => new SharedCounterparty(
                entities[index.NodeKeys[s.Node]],
                s.LinkedTo.Select(node => entities[index.NodeKeys[node]].Id).Order(StringComparer.Ordinal).ToList(),
                s.Edges.Order().Select(e => edges[e]).ToList()))
            .OrderByDescending(s => s.LinkedTo.Count)
            .ThenByDescending(s => s.Edges.Count)
            .ThenBy(s => s.Entity.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static async Task<EdgePredicate> PredicateAsync(
        SqliteConnection connection, TraversalIndex index, ClusterMap clusters, EdgeFilter filter, CancellationToken ct)
    {
        List<int>? reporterNodes = null;
        if (filter.ReportedBy is { Count: > 0 } reporters)
        {
            var found = await LookupAsync(connection, reporters, ct);
            reporterNodes = found.Values
                .Select(clusters.CanonicalOf)
                .Where(index.NodeOf.ContainsKey)
                .Select(c => index.NodeOf[c])
                .ToList();
        }
        return new EdgePredicate(index, filter, reporterNodes);
    }
}
