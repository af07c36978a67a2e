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
    // The best offers so far as a binary heap, worst on top: a better offer replaces it in log
    // time, and most offers around a hub are turned away by one comparison with the top.
    private Offer[] _best;
    private int _bestCount;

    /// <param name="level">Each node's hops from the root; nodes are numbered by position.</param>
    /// <param name="edgeLimit">The most edges to keep.</param>
    public NetworkEdgeSelector(ReadOnlySpan<int> level, int edgeLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(edgeLimit);
        _level = level.ToArray();
        _edgeLimit = edgeLimit;
        _connecting = new Offer[level.Length];
        Array.Fill(_connecting, Offer.None);
        _best = new Offer[Math.Min(edgeLimit, 1024)];
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
        if (farther >= 0 && (_connecting[farther].Order < 0 || offer.Before(_connecting[farther])))
            _connecting[farther] = offer;

        if (_bestCount < _edgeLimit)
        {
            if (_bestCount == _best.Length)
                Array.Resize(ref _best, (int)Math.Min(_edgeLimit, 2L * _best.Length));
            _best[_bestCount] = offer;
            SiftUp(_bestCount++);
        }
        else if (_edgeLimit > 0 && offer.Before(_best[0]))
        {
            _best[0] = offer;
            SiftDown(0);
        }
    }

    private void SiftUp(int at)
    {
        var offer = _best[at];
        while (at > 0)
        {
            var parent = (at - 1) >> 1;
            if (!_best[parent].Before(offer))
                break;
            _best[at] = _best[parent];
            at = parent;
        }
        _best[at] = offer;
    }

    private void SiftDown(int at)
    {
        var offer = _best[at];
        while (true)
        {
            var child = 2 * at + 1;
            if (child >= _bestCount)
                break;
            if (child + 1 < _bestCount && _best[child].Before(_best[child + 1]))
                child++;
            if (!offer.Before(_best[child]))
                break;
            _best[at] = _best[child];
            at = child;
        }
        _best[at] = offer;
    }

    /// <summary>
    /// The edges kept: every edge in the order offered when no more than the limit were offered;
    /// otherwise the connecting edges by node, then the others by value.
    /// </summary>
    public IReadOnlyList<int> Selected()
    {
        var best = _best.AsSpan(0, _bestCount).ToArray();
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
        Array.Sort(best, (x, y) => x.Before(y) ? -1 : y.Before(x) ? 1 : 0);
        foreach (var offer in best)
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

        // Larger values first; among equal values, the earlier offer.
        public bool Before(Offer other) => Key < other.Key || (Key.Equals(other.Key) && Order < other.Order);
    }
}
