using Graph.Core.Storage;

namespace Graph.Storage.Sqlite.Traversal;

/// <summary>
/// The nodes and edge slots of a capped neighbourhood, before rows are read back. For each
/// edge, <see cref="EndA"/> and <see cref="EndB"/> are the places of its two ends in
/// <see cref="Nodes"/> (in no particular direction) and <see cref="Values"/> its value;
/// <see cref="Levels"/> holds each kept node's hops from the root.
/// </summary>
internal sealed record NetworkSlots(
    IReadOnlyList<int> Nodes, IReadOnlyList<int> Edges, int Omitted, int[] EndA, int[] EndB, double[] Values, int[] Levels);

/// <summary>
/// Breadth-first walk over matching edges in either direction. Nodes are kept in the order
/// they are reached until the cap; the walk still finishes its levels so that the number of
/// entities left out is exact, not an estimate. Scans read the index's adjacency arrays in
/// order (neighbour and value beside each edge) rather than jumping to each edge's row of the
/// edge arrays: around a hub, those jumps are most of the time.
/// </summary>
internal static class NetworkWalker
{
    public static NetworkSlots Walk(TraversalIndex index, int root, int depth, int limit, EdgePredicate predicate, CancellationToken ct)
    {
        var seen = new bool[index.NodeCount];
        var kept = new List<int> { root };
        var position = new int[index.NodeCount];
        position[root] = 1;
        var omitted = 0;
        seen[root] = true;
        var levels = new List<int> { 0 };
        var frontier = new List<int> { root };
        var adjacent = index.Adjacent;
        var neighbours = index.Neighbours;
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            ct.ThrowIfCancellationRequested();
            var next = new List<int>();
            foreach (var node in frontier)
            {
                for (var a = index.Offsets[node]; a < index.Offsets[node + 1]; a++)
                {
                    var other = neighbours[a];
                    if (seen[other] || !predicate.Matches(adjacent[a]))
                        continue;
                    seen[other] = true;
                    next.Add(other);
                    if (kept.Count < limit)
                    {
                        kept.Add(other);
                        levels.Add(level + 1);
                        position[other] = kept.Count;
                    }
                    else
                        omitted++;
                }
            }
            frontier = next;
        }

        var edges = new List<int>();
        var endA = new List<int>();
        var endB = new List<int>();
        var values = new List<double>();
        var adjacentValue = index.AdjacentValue;
        foreach (var node in kept)
        {
            ct.ThrowIfCancellationRequested();
            // Each edge sits in both endpoints' lists: take it from the end with the lower number.
            // Reading a hub's neighbours in order beats looking each kept node up among them: the
            // reads are sequential, the lookups are cache misses.
            var here = position[node] - 1;
            var end = index.Offsets[node + 1];
            for (var a = index.Offsets[node]; a < end; a++)
            {
                var other = neighbours[a];
                if (other <= node || position[other] == 0 || !predicate.Matches(adjacent[a]))
                    continue;
                edges.Add(adjacent[a]);
                endA.Add(here);
                endB.Add(position[other] - 1);
                values.Add(adjacentValue[a]);
            }
        }
        return new NetworkSlots(kept, edges, omitted, [.. endA], [.. endB], [.. values], [.. levels]);
    }

    /// <summary>The slots of the edges to return, by <see cref="NetworkEdgeSelection"/> over the kept nodes.</summary>
    public static IReadOnlyList<int> ChooseEdges(NetworkSlots slots, int edgeLimit)
    {
        if (slots.Edges.Count <= edgeLimit)
            return slots.Edges;
        // A kept node's parent was reached before it, so is kept too: the walk's levels are the
        // levels over the kept nodes alone, which the selection would otherwise recompute.
        return NetworkEdgeSelection.Select(slots.Levels, slots.EndA, slots.EndB, slots.Values, edgeLimit)
            .Select(i => slots.Edges[i])
            .ToList();
    }
}
