namespace Graph.Storage.Sqlite.Traversal;

/// <summary>
/// Shortest simple paths between two nodes ignoring direction, fewest hops first, up to a hop
/// limit. A breadth-first pass from the target gives every node's distance to it; the search
/// from the source then only steps to nodes that can still reach the target in the hops left,
/// so it never wanders. Each hop is represented by its largest matching edge.
/// </summary>
internal static class PathFinder
{
    public static IReadOnlyList<(int[] Nodes, int[] Edges)> Find(
        TraversalIndex index, int source, int target, int maxHops, int first, EdgePredicate predicate, CancellationToken ct)
    {
        if (source == target || maxHops < 1 || first < 1)
            return [];
        // Search from the end with fewer edges; the other end's distances come from a BFS.
        var reversed = index.Degree(source) > index.Degree(target);
        var (s, t) = reversed ? (target, source) : (source, target);
        // Distances up to maxHops - 1 are all the pruning needs; the source's own may be one more.
        var dist = DistancesTo(index, t, maxHops - 1, predicate, ct);
        if (dist[s] == int.MaxValue)
        {
            foreach (var edge in index.EdgesOf(s))
            {
                var d = dist[index.Other(edge, s)];
                if (d != int.MaxValue && d + 1 < dist[s] && predicate.Matches(edge))
                    dist[s] = d + 1;
            }
            if (dist[s] == int.MaxValue)
                return [];
        }

        var shortest = dist[s];
        var results = new List<(int[], int[])>();
        var path = new List<int> { s };
        var onPath = new HashSet<int> { s };
        for (var hops = shortest; hops <= maxHops && results.Count < first; hops++)
            Extend(index, s, t, hops, dist, predicate, path, onPath, results, first, ct);

        return results.Select(r =>
        {
            var nodes = r.Item1;
            if (reversed)
                Array.Reverse(nodes);
            var edges = new int[nodes.Length - 1];
            for (var i = 0; i < edges.Length; i++)
                edges[i] = BestEdge(index, nodes[i], nodes[i + 1], predicate);
            return (nodes, edges);
        }).ToList();
    }

    private static void Extend(
        TraversalIndex index, int node, int target, int remaining, int[] dist, EdgePredicate predicate,
        List<int> path, HashSet<int> onPath, List<(int[], int[])> results, int first, CancellationToken ct)
    {
        if (remaining == 1)
        {
            if (dist[node] == 1)
                results.Add(([.. path, target], []));
            return;
        }
        ct.ThrowIfCancellationRequested();
        var tried = new HashSet<int>();
        foreach (var edge in index.EdgesOf(node))
        {
            var next = index.Other(edge, node);
            if (next == target || dist[next] > remaining - 1 || onPath.Contains(next) || !tried.Add(next) || !predicate.Matches(edge))
                continue;
            path.Add(next);
            onPath.Add(next);
            Extend(index, next, target, remaining - 1, dist, predicate, path, onPath, results, first, ct);
            path.RemoveAt(path.Count - 1);
            onPath.Remove(next);
            if (results.Count >= first)
                return;
        }
    }

    private static int[] DistancesTo(TraversalIndex index, int target, int maxDepth, EdgePredicate predicate, CancellationToken ct)
    {
        var dist = new int[index.NodeCount];
        Array.Fill(dist, int.MaxValue);
        dist[target] = 0;
        var frontier = new List<int> { target };
        for (var d = 1; d <= maxDepth && frontier.Count > 0; d++)
        {
            ct.ThrowIfCancellationRequested();
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var edge in index.EdgesOf(node))
                {
                    var other = index.Other(edge, node);
                    if (dist[other] != int.MaxValue || !predicate.Matches(edge))
                        continue;
                    dist[other] = d;
                    next.Add(other);
                }
            }
            frontier = next;
        }
        return dist;
    }

    private static int BestEdge(TraversalIndex index, int a, int b, EdgePredicate predicate)
    {
        // Scan the smaller adjacency list of the two.
        var (scan, other) = index.Degree(a) <= index.Degree(b) ? (a, b) : (b, a);
        var best = -1;
        foreach (var edge in index.EdgesOf(scan))
        {
            if (index.Other(edge, scan) != other || !predicate.Matches(edge))
                continue;
            if (best < 0 || Compare(index.Value[edge], index.Value[best]) > 0)
                best = edge;
        }
        return best;
    }

    private static int Compare(double a, double b) =>
        double.IsNaN(a) ? (double.IsNaN(b) ? 0 : -1) : double.IsNaN(b) ? 1 : a.CompareTo(b);
}
