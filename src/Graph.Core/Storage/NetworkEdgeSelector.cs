namespace Graph.Core.Storage;

/// <summary>
/// <see cref="NetworkEdgeSelection"/>'s rule applied to edges as a walk finds them, without
/// holding them all: around a hub, tens of thousands run among the kept entities and a
/// thousand are returned. Holds each entity's best connecting edge and the
/// <c>edgeLimit</c> best edges by value so far. That is enough: whatever the connecting
/// edges turn out to be, the best others are among the best <c>edgeLimit</c> overall.
/// </summary>
public sealed class NetworkEdgeSelector
{
    private readonly int[] _level;
    private readonly int _edgeLimit;
    private readonly Offer[] _connecting;
    // The best offers so far, worst on top, so that a better offer replaces it in log time.
    private readonly PriorityQueue<Offer, (double Key, int Order)> _best;

    /// <param name="level">Each node's hops from the root; nodes are numbered by position.</param>
    /// <param name="edgeLimit">The most edges to keep.</param>
    public NetworkEdgeSelector(ReadOnlySpan<int> level, int edgeLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(edgeLimit);
        _level = level.ToArray();
        _edgeLimit = edgeLimit;
        _connecting = new Offer[level.Length];
        Array.Fill(_connecting, Offer.None);
        _best = new PriorityQueue<Offer, (double, int)>(
            Math.Min(edgeLimit, 4096), Comparer<(double Key, int Order)>.Create((x, y) => y.CompareTo(x)));
    }

    /// <summary>Edges offered so far.</summary>
    public int Count { get; private set; }

    /// <summary>Offers an edge between nodes <paramref name="a"/> and <paramref name="b"/>; earlier offers win ties.</summary>
    /// <param name="value">The edge's value; NaN when unknown.</param>
    /// <param name="edge">What <see cref="Selected"/> returns for this edge.</param>
    public void Add(int a, int b, double value, int edge)
    {
        var offer = new Offer(SortKey(value), Count++, edge);
        var farther = _level[a] >= 0 && _level[b] == _level[a] + 1 ? b
            : _level[b] >= 0 && _level[a] == _level[b] + 1 ? a
            : -1;
        if (farther >= 0 && (_connecting[farther].Order < 0 || offer.Rank.CompareTo(_connecting[farther].Rank) < 0))
            _connecting[farther] = offer;

        if (_best.Count < _edgeLimit)
            _best.Enqueue(offer, offer.Rank);
        else if (_edgeLimit > 0 && offer.Rank.CompareTo(_best.Peek().Rank) < 0)
            _best.EnqueueDequeue(offer, offer.Rank);
    }

    /// <summary>
    /// The edges kept: every edge in the order offered when no more than the limit were offered;
    /// otherwise the connecting edges by node, then the others by value.
    /// </summary>
    public IReadOnlyList<int> Selected()
    {
        var best = _best.UnorderedItems.Select(item => item.Element).ToList();
        if (Count <= _edgeLimit)
            return best.OrderBy(o => o.Order).Select(o => o.Edge).ToList();

        var kept = new List<int>(_edgeLimit);
        var taken = new HashSet<int>();
        foreach (var offer in _connecting)
        {
            if (kept.Count == _edgeLimit)
                break;
            if (offer.Order >= 0 && taken.Add(offer.Order))
                kept.Add(offer.Edge);
        }
        foreach (var offer in best.OrderBy(o => o.Rank))
        {
            if (kept.Count == _edgeLimit)
                break;
            if (!taken.Contains(offer.Order))
                kept.Add(offer.Edge);
        }
        return kept;
    }

    // Largest value first, unknown values last.
    private static double SortKey(double value) => double.IsNaN(value) ? double.PositiveInfinity : -value;

    private readonly record struct Offer(double Key, int Order, int Edge)
    {
        public static readonly Offer None = new(double.PositiveInfinity, -1, -1);

        public (double Key, int Order) Rank => (Key, Order);
    }
}
