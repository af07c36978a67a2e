namespace Graph.Storage.Neo4j.Traversal;

/// <summary>The canonical nodes of a capped neighbourhood, in the order reached, and how many were left out.</summary>
internal sealed record NetworkNodes(IReadOnlyList<string> Kept, int Omitted);

/// <summary>
/// Breadth-first over matching edges in either direction, one Cypher step per level. Nodes are
/// kept in the order they are reached until the cap; the walk still finishes its levels so
/// that the number of entities left out is exact (the embedded store's rule).
/// </summary>
internal static class NetworkSearch
{
    public static async Task<NetworkNodes> WalkAsync(LocalGraph graph, string root, int depth, int limit, CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { root };
        var kept = new List<string> { root };
        var omitted = 0;
        var frontier = new List<string> { root };
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            await graph.ExpandAsync(frontier, ct).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var stored in graph.EdgesOf(node))
                {
                    var other = LocalGraph.Other(stored.Edge, node);
                    if (!seen.Add(other))
                        continue;
                    next.Add(other);
                    if (kept.Count < limit)
                        kept.Add(other);
                    else
                        omitted++;
                }
            }
            frontier = next;
        }
        return new NetworkNodes(kept, omitted);
    }
}
