using System.Buffers;
using Graph.Core.Storage;

namespace Graph.Storage.Sqlite.Traversal;

/// <summary>
/// The nodes of a capped neighbourhood, and the slots of the edges chosen among them by
/// <see cref="NetworkEdgeSelection"/>, before rows are read back.
/// </summary>
internal sealed record NetworkSlots(IReadOnlyList<int> Nodes, IReadOnlyList<int> Edges, int Omitted, int EdgesOmitted);

/// <summary>
/// Breadth-first walk over matching edges in either direction. Nodes are kept in the order
/// they are reached until the cap; the walk still finishes its levels so that the number of
/// entities left out is exact, not an estimate.
/// <para>
/// Edges among the kept nodes are offered to a <see cref="NetworkEdgeSelector"/> as they are
/// found. Around a hub the kept nodes are hubs too, and their adjacency lists run to hundreds
/// of thousands of entries, so no list is read twice: a node the walk scans after the cap is
/// reached offers its edges to kept nodes during that scan. The edges among the remaining
/// nodes (those scanned before the cap was reached, and the last level, which is never
/// scanned) are then looked up in the adjacency lists, which are sorted by neighbour.
/// </para>
/// </summary>
internal static class NetworkWalker
{
    public static NetworkSlots Walk(
        TraversalIndex index, int root, int depth, int limit, int edgeLimit, EdgePredicate predicate, CancellationToken ct)
    {
        // 0: unseen; -1: reached but not kept; p > 0: kept, at position p - 1.
        var position = ArrayPool<int>.Shared.Rent(index.NodeCount);
        try
        {
            Array.Clear(position, 0, index.NodeCount);
            var walk = new Walker(index, position, depth, limit, edgeLimit, predicate);
            walk.Keep(root, 0);
            walk.Breadth(root, ct);
            walk.Remaining(ct);
            var chosen = walk.Selector!.Selected();
            return new NetworkSlots(walk.Kept, chosen, walk.Omitted, walk.Selector.Count - chosen.Count);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(position);
        }
    }

    private sealed class Walker(TraversalIndex index, int[] position, int depth, int limit, int edgeLimit, EdgePredicate predicate)
    {
        private readonly List<int> _levels = [];
        // Per kept position: the node's edges to kept nodes are offered while the walk scans it.
        private readonly List<bool> _offersWhileScanned = [];
        private readonly List<bool> _scanned = [];

        public List<int> Kept { get; } = [];

        public int Omitted { get; private set; }

        /// <summary>Created once the kept nodes are final.</summary>
        public NetworkEdgeSelector? Selector { get; private set; }

        public void Keep(int node, int level)
        {
            Kept.Add(node);
            _levels.Add(level);
            _offersWhileScanned.Add(false);
            _scanned.Add(false);
            position[node] = Kept.Count;
            if (Kept.Count == limit)
                Close();
        }

        public void Breadth(int root, CancellationToken ct)
        {
            var frontier = new List<int> { root };
            var adjacent = index.Adjacent;
            var neighbours = index.Neighbours;
            var values = index.AdjacentValue;
            var everyEdge = predicate.IsEmpty;
            for (var level = 0; level < depth && frontier.Count > 0; level++)
            {
                ct.ThrowIfCancellationRequested();
                var next = new List<int>();
                foreach (var node in frontier)
                {
                    var here = position[node] - 1;
                    var offering = here >= 0 && _offersWhileScanned[here];
                    if (here >= 0)
                        _scanned[here] = true;
                    var end = index.Offsets[node + 1];
                    for (var a = index.Offsets[node]; a < end; a++)
                    {
                        if (!everyEdge && !predicate.Matches(adjacent[a]))
                            continue;
                        var other = neighbours[a];
                        var state = position[other];
                        if (state == 0)
                        {
                            next.Add(other);
                            if (Selector is null)
                                Keep(other, level + 1);
                            else
                            {
                                position[other] = -1;
                                Omitted++;
                            }
                        }
                        // Taken from this end unless the other end offers it too and is lower.
                        else if (offering && state > 0 && (!_offersWhileScanned[state - 1] || node < other))
                            Selector!.Add(here, state - 1, values[a], adjacent[a]);
                    }
                }
                frontier = next;
            }
        }

        /// <summary>Edges between kept nodes neither of which offered them during the walk.</summary>
        public void Remaining(CancellationToken ct)
        {
            if (Selector is null)
                Close();
            var rest = Enumerable.Range(0, Kept.Count).Where(p => !_offersWhileScanned[p]).Select(p => Kept[p]).Order().ToArray();
            for (var i = 0; i < rest.Length - 1; i++)
            {
                ct.ThrowIfCancellationRequested();
                var node = rest[i];
                var higher = rest.AsSpan(i + 1);
                // Both the list and the nodes sought are sorted: each search starts where the last
                // ended and strides out from there, so a list is read in one forward pass that
                // skips what lies between the nodes sought (most of a hub's list) in a few probes.
                var start = index.Offsets[node];
                var end = index.Offsets[node + 1];
                foreach (var other in higher)
                {
                    start = Gallop(index.Neighbours, start, end, other);
                    for (; start < end && index.Neighbours[start] == other; start++)
                        Offer(node, other, start);
                }
            }
        }

        private void Offer(int node, int other, int a)
        {
            if (predicate.Matches(index.Adjacent[a]))
                Selector!.Add(position[node] - 1, position[other] - 1, index.AdjacentValue[a], index.Adjacent[a]);
        }

        // The kept nodes are final: the nodes the walk has yet to scan will offer their edges as it does.
        private void Close()
        {
            Selector = new NetworkEdgeSelector(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_levels), edgeLimit);
            for (var p = 0; p < Kept.Count; p++)
                _offersWhileScanned[p] = _levels[p] < depth && !_scanned[p];
        }

        /// <summary>The first place in <paramref name="sorted"/>[start..end) holding <paramref name="value"/> or more.</summary>
        private static int Gallop(int[] sorted, int start, int end, int value)
        {
            int low = start, probe = start, step = 1;
            while (probe < end && sorted[probe] < value)
            {
                low = probe + 1;
                probe = step < end - low ? low + step : end;
                step <<= 1;
            }
            return LowerBound(sorted, low, Math.Min(probe, end), value);
        }

        private static int LowerBound(int[] sorted, int start, int end, int value)
        {
            while (start < end)
            {
                var middle = start + ((end - start) >> 1);
                if (sorted[middle] < value)
                    start = middle + 1;
                else
                    end = middle;
            }
            return start;
        }
    }
}
