using Graph.Core.Storage;

namespace Graph.Storage.Sqlite.Tests.Shared;

/// <summary>The edge-cap rule both stores apply to networks.</summary>
public sealed class NetworkEdgeSelectionTests
{
    // Root 0; 1 and 2 one hop away; 3 two hops away, through 1 or 2.
    private static readonly int[] From = [0, 0, 0, 1, 2, 1, 1];
    private static readonly int[] To = [1, 1, 2, 3, 3, 2, 2];
    private static readonly double[] Value = [5, 50, 7, 1, 2, 900, double.NaN];

    [Fact]
    public void Under_the_cap_every_edge_is_kept_in_order()
    {
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], NetworkEdgeSelection.Select(4, 0, From, To, Value, 7));
    }

    [Fact]
    public void Over_the_cap_each_node_keeps_its_heaviest_edge_towards_the_root_then_the_heaviest_others()
    {
        var kept = NetworkEdgeSelection.Select(4, 0, From, To, Value, 4);

        // Node 1: edge 1 (50) beats edge 0 (5); node 2: edge 2, its only edge to the root;
        // node 3: edge 4 (2) beats edge 3 (1). Then edge 5 (900) before edge 0 (5); unknown last.
        Assert.Equal([1, 2, 4, 5], kept);
        Assert.Equal([1, 2, 4, 5, 0, 3], NetworkEdgeSelection.Select(4, 0, From, To, Value, 6));
    }

    [Fact]
    public void A_cap_below_the_connecting_edges_keeps_the_first_nodes_connected_and_zero_keeps_none()
    {
        Assert.Equal([1, 2], NetworkEdgeSelection.Select(4, 0, From, To, Value, 2));
        Assert.Empty(NetworkEdgeSelection.Select(4, 0, From, To, Value, 0));
    }

    [Fact]
    public void Ties_go_to_the_edge_given_first()
    {
        int[] from = [0, 0, 0];
        int[] to = [1, 1, 1];
        double[] value = [3, 3, 3];

        Assert.Equal([0, 1], NetworkEdgeSelection.Select(2, 0, from, to, value, 2));
    }

    [Fact]
    public void Random_networks_get_what_a_plain_reading_of_the_rule_gives()
    {
        var random = new Random(11);
        double[] values = [1, 2, 3, 50, double.NaN];
        for (var round = 0; round < 300; round++)
        {
            var nodes = random.Next(2, 30);
            var count = random.Next(1, 200);
            var from = new int[count];
            var to = new int[count];
            var value = new double[count];
            for (var e = 0; e < count; e++)
            {
                // The first edges reach every node from a lower one, so the network is connected.
                from[e] = e < nodes - 1 ? random.Next(0, e + 1) : random.Next(nodes);
                to[e] = e < nodes - 1 ? e + 1 : random.Next(nodes);
                if (to[e] == from[e])
                    to[e] = (to[e] + 1) % nodes;
                value[e] = values[random.Next(values.Length)];
            }
            var limit = random.Next(0, count + 2);

            Assert.Equal(Reference(nodes, from, to, value, limit), NetworkEdgeSelection.Select(nodes, 0, from, to, value, limit));
        }
    }

    /// <summary>The rule as its documentation states it, computed the slow way.</summary>
    private static List<int> Reference(int nodes, int[] from, int[] to, double[] value, int limit)
    {
        var all = Enumerable.Range(0, from.Length).ToList();
        if (from.Length <= limit)
            return all;
        var level = Enumerable.Repeat(int.MaxValue, nodes).ToArray();
        level[0] = 0;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var e in all)
            {
                foreach (var (a, b) in new[] { (from[e], to[e]), (to[e], from[e]) })
                {
                    if (level[a] != int.MaxValue && level[a] + 1 < level[b])
                    {
                        level[b] = level[a] + 1;
                        changed = true;
                    }
                }
            }
        }
        (double, int) Key(int e) => (double.IsNaN(value[e]) ? double.PositiveInfinity : -value[e], e);
        var kept = new List<int>();
        for (var node = 1; node < nodes; node++)
        {
            var towardsRoot = all
                .Where(e => (from[e] == node && level[to[e]] == level[node] - 1) || (to[e] == node && level[from[e]] == level[node] - 1))
                .OrderBy(Key)
                .ToList();
            if (towardsRoot.Count > 0 && kept.Count < limit && !kept.Contains(towardsRoot[0]))
                kept.Add(towardsRoot[0]);
        }
        kept.AddRange(all.Where(e => !kept.Contains(e)).OrderBy(Key).Take(Math.Max(0, limit - kept.Count)));
        return kept;
    }
}
