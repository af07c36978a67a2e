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
}
