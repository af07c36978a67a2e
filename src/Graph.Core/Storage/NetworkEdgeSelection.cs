namespace Graph.Core.Storage;

/// <summary>
/// Which edges a network returns when more than the edge limit run among its nodes. Around a
/// hub, a few hundred entities can share tens of thousands of edges (every year, kind and
/// filer of a pair): more than a page can draw or a client wants to wait for. The rule keeps
/// the drawing connected and the money visible:
/// <list type="number">
/// <item>for every entity but the root, its heaviest edge to an entity one hop nearer the root
/// (the network stays one piece);</item>
/// <item>then the other edges by value, largest first, edges without a value last.</item>
/// </list>
/// Ties go to the edge given first. Both stores apply this one rule, through
/// <see cref="NetworkEdgeSelector"/>.
/// </summary>
public static class NetworkEdgeSelection
{
    /// <summary>The default number of edges a network returns.</summary>
    public const int DefaultEdgeLimit = 1000;

    /// <param name="nodeCount">Nodes are numbered 0..nodeCount-1.</param>
    /// <param name="root">The node the network grew from.</param>
    /// <param name="from">Each edge's one end.</param>
    /// <param name="to">Each edge's other end.</param>
    /// <param name="value">Each edge's value; NaN when unknown.</param>
    /// <param name="edgeLimit">The most edges to keep.</param>
    /// <returns>Positions of the edges kept: the connecting edges first, then by value.</returns>
    public static IReadOnlyList<int> Select(
        int nodeCount, int root, ReadOnlySpan<int> from, ReadOnlySpan<int> to, ReadOnlySpan<double> value, int edgeLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(edgeLimit);
        if (from.Length != to.Length || from.Length != value.Length)
            throw new ArgumentException("Edge ends and values must be the same length.");
        if (from.Length <= edgeLimit)
            return Enumerable.Range(0, from.Length).ToArray();
        var selector = new NetworkEdgeSelector(Levels(nodeCount, root, from, to), edgeLimit);
        for (var e = 0; e < from.Length; e++)
            selector.Add(from[e], to[e], value[e], e);
        return selector.Selected();
    }

    /// <summary>Hops from the root over the given edges, either direction; -1 where unreachable.</summary>
    private static int[] Levels(int nodeCount, int root, ReadOnlySpan<int> from, ReadOnlySpan<int> to)
    {
        var offsets = new int[nodeCount + 1];
        for (var e = 0; e < from.Length; e++)
        {
            offsets[from[e] + 1]++;
            offsets[to[e] + 1]++;
        }
        for (var n = 0; n < nodeCount; n++)
            offsets[n + 1] += offsets[n];
        var adjacent = new int[offsets[nodeCount]];
        var fill = offsets[..^1].ToArray();
        for (var e = 0; e < from.Length; e++)
        {
            adjacent[fill[from[e]]++] = to[e];
            adjacent[fill[to[e]]++] = from[e];
        }

        var level = new int[nodeCount];
        Array.Fill(level, -1);
        level[root] = 0;
        var queue = new Queue<int>();
        queue.Enqueue(root);
        while (queue.TryDequeue(out var node))
        {
            for (var i = offsets[node]; i < offsets[node + 1]; i++)
            {
                var other = adjacent[i];
                if (level[other] < 0)
                {
                    level[other] = level[node] + 1;
                    queue.Enqueue(other);
                }
            }
        }
        return level;
    }
}
