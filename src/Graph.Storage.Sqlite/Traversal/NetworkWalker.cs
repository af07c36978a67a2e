using Graph.Core.Storage;

namespace Graph.Storage.Sqlite.Traversal;

/// <summary>
/// The nodes and edge slots of a capped neighbourhood, before rows are read back.
/// <see cref="Position"/> gives each kept node's place in <see cref="Nodes"/> plus one (0 for
/// nodes not kept), indexed by node.
/// </summary>
internal sealed record NetworkSlots(IReadOnlyList<int> Nodes, IReadOnlyList<int> Edges, int Omitted, int[] Position);

/// <summary>
/// Breadth-first walk over matching edges in either direction. Nodes are kept in the order
/// they are reached until the cap; the walk still finishes its levels so that the number of
/// entities left out is exact, not an estimate.
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
        var frontier = new List<int> { root };
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            ct.ThrowIfCancellationRequested();
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var edge in index.EdgesOf(node))
                {
                    var other = index.Other(edge, node);
                    if (seen[other] || !predicate.Matches(edge))
                        continue;
                    seen[other] = true;
                    next.Add(other);
                    if (kept.Count < limit)
                    {
                        kept.Add(other);
                        position[other] = kept.Count;
                    }
                    else
                        omitted++;
                }
            }
            frontier = next;
        }

        var edges = new List<int>();
        foreach (var node in kept)
        {
            ct.ThrowIfCancellationRequested();
            // Around a hub, looking up each kept node among its edges beats reading them all.
            if (index.Degree(node) > kept.Count * 16)
            {
                foreach (var other in kept)
                {
                    foreach (var edge in index.EdgesBetween(node, other))
                        AddOnce(edge, node);
                }
            }
            else
            {
                foreach (var edge in index.EdgesOf(node))
                {
                    if (position[index.To[edge]] > 0)
                        AddOnce(edge, node);
                }
            }
        }
        return new NetworkSlots(kept, edges, omitted, position);

        // Each edge sits in both endpoints' lists: take it once, from its source side.
        void AddOnce(int edge, int node)
        {
            if (index.From[edge] == node && position[index.To[edge]] > 0 && predicate.Matches(edge))
                edges.Add(edge);
        }
    }

    /// <summary>The slots of the edges to return, by <see cref="NetworkEdgeSelection"/> over the kept nodes.</summary>
    public static IReadOnlyList<int> ChooseEdges(TraversalIndex index, NetworkSlots slots, int edgeLimit)
    {
        if (slots.Edges.Count <= edgeLimit)
            return slots.Edges;
        var count = slots.Edges.Count;
        var from = new int[count];
        var to = new int[count];
        var value = new double[count];
        for (var i = 0; i < count; i++)
        {
            var slot = slots.Edges[i];
            from[i] = slots.Position[index.From[slot]] - 1;
            to[i] = slots.Position[index.To[slot]] - 1;
            value[i] = index.Value[slot];
        }
        // The walk keeps the root first.
        return NetworkEdgeSelection.Select(slots.Nodes.Count, 0, from, to, value, edgeLimit)
            .Select(i => slots.Edges[i])
            .ToList();
    }
}
