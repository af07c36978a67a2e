using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j.Traversal;

/// <summary>
/// Shortest simple paths between two nodes ignoring direction, fewest hops first, up to a hop
/// limit, as the embedded store finds them. A breadth-first pass from the target (one Cypher
/// step per level) gives distances to it; the search from the source then only steps to nodes
/// that can still reach the target in the hops left, so it loads little beyond that ball.
/// Each hop is represented by its largest matching edge.
/// </summary>
internal static class PathSearch
{
    /// <param name="reversed">Search from the target's side (the embedded store starts from the end with fewer edges).</param>
    public static async Task<IReadOnlyList<(string[] Nodes, StoredEdge[] Edges)>> FindAsync(
        LocalGraph graph, string source, string target, int maxHops, int first, bool reversed, CancellationToken ct)
    {
        if (source == target || maxHops < 1 || first < 1)
            return [];
        var (s, t) = reversed ? (target, source) : (source, target);
        var dist = await DistancesToAsync(graph, t, maxHops - 1, ct).ConfigureAwait(false);
        if (!dist.ContainsKey(s))
        {
            await graph.ExpandAsync([s], ct).ConfigureAwait(false);
            foreach (var stored in graph.EdgesOf(s))
            {
                if (dist.TryGetValue(LocalGraph.Other(stored.Edge, s), out var d) && d + 1 < dist.GetValueOrDefault(s, int.MaxValue))
                    dist[s] = d + 1;
            }
            if (!dist.ContainsKey(s))
                return [];
        }

        var results = new List<string[]>();
        var path = new List<string> { s };
        var onPath = new HashSet<string>(StringComparer.Ordinal) { s };
        for (var hops = dist[s]; hops <= maxHops && results.Count < first; hops++)
            await ExtendAsync(graph, s, t, hops, dist, path, onPath, results, first, ct).ConfigureAwait(false);

        var found = new List<(string[], StoredEdge[])>();
        foreach (var nodes in results)
        {
            if (reversed)
                Array.Reverse(nodes);
            var edges = new StoredEdge[nodes.Length - 1];
            for (var i = 0; i < edges.Length; i++)
                edges[i] = await BestEdgeAsync(graph, nodes[i], nodes[i + 1], ct).ConfigureAwait(false);
            found.Add((nodes, edges));
        }
        return found;
    }

    private static async Task ExtendAsync(
        LocalGraph graph, string node, string target, int remaining, Dictionary<string, int> dist,
        List<string> path, HashSet<string> onPath, List<string[]> results, int first, CancellationToken ct)
    {
        if (remaining == 1)
        {
            if (dist.GetValueOrDefault(node, int.MaxValue) == 1)
                results.Add([.. path, target]);
            return;
        }
        await graph.ExpandAsync([node], ct).ConfigureAwait(false);
        var tried = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stored in graph.EdgesOf(node))
        {
            var next = LocalGraph.Other(stored.Edge, node);
            if (next == target || dist.GetValueOrDefault(next, int.MaxValue) > remaining - 1 || onPath.Contains(next) || !tried.Add(next))
                continue;
            path.Add(next);
            onPath.Add(next);
            await ExtendAsync(graph, next, target, remaining - 1, dist, path, onPath, results, first, ct).ConfigureAwait(false);
            path.RemoveAt(path.Count - 1);
            onPath.Remove(next);
            if (results.Count >= first)
                return;
        }
    }

    private static async Task<Dictionary<string, int>> DistancesToAsync(LocalGraph graph, string target, int maxDepth, CancellationToken ct)
    {
        var dist = new Dictionary<string, int>(StringComparer.Ordinal) { [target] = 0 };
        var frontier = new List<string> { target };
        for (var d = 1; d <= maxDepth && frontier.Count > 0; d++)
        {
            await graph.ExpandAsync(frontier, ct).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var stored in graph.EdgesOf(node))
                {
                    var other = LocalGraph.Other(stored.Edge, node);
                    if (dist.TryAdd(other, d))
                        next.Add(other);
                }
            }
            frontier = next;
        }
        return dist;
    }

    /// <summary>The largest-valued matching edge between two adjacent nodes; the first written wins a tie, unknown values lose.</summary>
    private static async Task<StoredEdge> BestEdgeAsync(LocalGraph graph, string a, string b, CancellationToken ct)
    {
        await graph.ExpandAsync([a], ct).ConfigureAwait(false);
        StoredEdge? best = null;
        foreach (var stored in graph.EdgesOf(a))
        {
            if (LocalGraph.Other(stored.Edge, a) != b)
                continue;
            if (best is null || Compare(stored.Edge.Value, best.Edge.Value) > 0)
                best = stored;
        }
        return best ?? throw new InvalidOperationException($"No edge joins '{a}' and '{b}' on a found path.");
    }

    private static int Compare(decimal? a, decimal? b) =>
        a is null ? (b is null ? 0 : -1) : b is null ? 1 : a.Value.CompareTo(b.Value);
}
