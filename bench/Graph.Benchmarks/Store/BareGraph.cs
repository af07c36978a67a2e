namespace Graph.Benchmarks.Store;

/// <summary>
/// The baseline: the same edges as plain adjacency arrays in memory, with the simplest
/// breadth-first searches over them. What the store is measured against.
/// </summary>
internal sealed class BareGraph
{
    private readonly int[][] _adjacent;

    public BareGraph(int nodes, (int From, int To)[] edges)
    {
        var degree = new int[nodes];
        foreach (var (a, b) in edges)
        {
            degree[a]++;
            degree[b]++;
        }
        _adjacent = degree.Select(d => new int[d]).ToArray();
        var fill = new int[nodes];
        foreach (var (a, b) in edges)
        {
            _adjacent[a][fill[a]++] = b;
            _adjacent[b][fill[b]++] = a;
        }
    }

    public int Degree(int node) => _adjacent[node].Length;

    /// <summary>Nodes kept (up to the cap) and nodes reached beyond it, within <paramref name="depth"/> hops.</summary>
    public (int Kept, int Omitted) Network(int root, int depth, int limit)
    {
        var seen = new HashSet<int> { root };
        var frontier = new List<int> { root };
        var kept = 1;
        var omitted = 0;
        for (var level = 0; level < depth; level++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var other in _adjacent[node])
                {
                    if (!seen.Add(other))
                        continue;
                    next.Add(other);
                    if (kept < limit)
                        kept++;
                    else
                        omitted++;
                }
            }
            frontier = next;
        }
        return (kept, omitted);
    }

    /// <summary>Hops of one shortest path within <paramref name="maxHops"/>, or -1.</summary>
    public int ShortestPath(int from, int to, int maxHops)
    {
        if (from == to)
            return 0;
        var parent = new Dictionary<int, int> { [from] = from };
        var frontier = new List<int> { from };
        for (var hops = 1; hops <= maxHops; hops++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var other in _adjacent[node])
                {
                    if (!parent.TryAdd(other, node))
                        continue;
                    if (other == to)
                        return hops;
                    next.Add(other);
                }
            }
            frontier = next;
        }
        return -1;
    }
}
