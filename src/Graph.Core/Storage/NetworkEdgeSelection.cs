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
/// Ties go to the edge given first. Both stores apply this one rule.
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
        return from.Length <= edgeLimit
            ? Enumerable.Range(0, from.Length).ToArray()
            : Select(Levels(nodeCount, root, from, to), from, to, value, edgeLimit);
    }

    /// <summary>
    /// As <see cref="Select(int, int, ReadOnlySpan{int}, ReadOnlySpan{int}, ReadOnlySpan{double}, int)"/>,
    /// for a caller whose walk already knows each node's hops from the root.
    /// </summary>
    /// <param name="level">Each node's hops from the root over the given edges.</param>
    public static IReadOnlyList<int> Select(
        ReadOnlySpan<int> level, ReadOnlySpan<int> from, ReadOnlySpan<int> to, ReadOnlySpan<double> value, int edgeLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(edgeLimit);
        if (from.Length != to.Length || from.Length != value.Length)
            throw new ArgumentException("Edge ends and values must be the same length.");
        var count = from.Length;
        if (count <= edgeLimit)
            return Enumerable.Range(0, count).ToArray();

        var nodeCount = level.Length;
        var connecting = new int[nodeCount];
        Array.Fill(connecting, -1);
        for (var e = 0; e < count; e++)
        {
            // An edge connects its farther end to the nearer one.
            var (a, b) = (from[e], to[e]);
            var farther = level[a] >= 0 && level[b] == level[a] + 1 ? b
                : level[b] >= 0 && level[a] == level[b] + 1 ? a
                : -1;
            if (farther < 0)
                continue;
            var current = connecting[farther];
            if (current < 0 || (SortKey(value[e]), e).CompareTo((SortKey(value[current]), current)) < 0)
                connecting[farther] = e;
        }

        var kept = new List<int>(edgeLimit);
        var taken = new bool[count];
        for (var node = 0; node < nodeCount && kept.Count < edgeLimit; node++)
        {
            if (connecting[node] >= 0 && !taken[connecting[node]])
            {
                taken[connecting[node]] = true;
                kept.Add(connecting[node]);
            }
        }
        if (kept.Count < edgeLimit)
            kept.AddRange(Heaviest(value, taken, edgeLimit - kept.Count));
        return kept;
    }

    /// <summary>
    /// The <paramref name="take"/> edges not yet taken with the smallest sort keys, in key order
    /// and by position among equal keys. A selection finds the cut first, so only the edges kept
    /// are sorted: around a hub, a thousand of tens of thousands.
    /// </summary>
    private static List<int> Heaviest(ReadOnlySpan<double> value, bool[] taken, int take)
    {
        var keys = new List<double>(value.Length);
        for (var e = 0; e < value.Length; e++)
        {
            if (!taken[e])
                keys.Add(SortKey(value[e]));
        }
        if (take <= 0 || keys.Count == 0)
            return [];
        var cut = take >= keys.Count ? double.PositiveInfinity : Select(keys.ToArray(), take - 1);

        var better = new List<(double Key, int Edge)>();
        var atCut = new List<int>();
        for (var e = 0; e < value.Length; e++)
        {
            if (taken[e])
                continue;
            var key = SortKey(value[e]);
            if (key < cut)
                better.Add((key, e));
            else if (key.Equals(cut))
                atCut.Add(e);
        }
        better.Sort();
        var result = better.Select(b => b.Edge).ToList();
        result.AddRange(atCut.Take(take - result.Count));
        return result;
    }

    /// <summary>The k-th smallest of <paramref name="keys"/> (k from 0), reordering them: Hoare's selection.</summary>
    private static double Select(double[] keys, int k)
    {
        int left = 0, right = keys.Length - 1;
        while (left < right)
        {
            var pivot = keys[left + ((right - left) >> 1)];
            int i = left, j = right;
            while (i <= j)
            {
                while (keys[i] < pivot)
                    i++;
                while (keys[j] > pivot)
                    j--;
                if (i <= j)
                {
                    (keys[i], keys[j]) = (keys[j], keys[i]);
                    i++;
                    j--;
                }
            }
            if (k <= j)
                right = j;
            else if (k >= i)
                left = i;
            else
                return keys[k];
        }
        return keys[k];
    }

    // Largest value first, unknown values last.
    private static double SortKey(double value) => double.IsNaN(value) ? double.PositiveInfinity : -value;

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
