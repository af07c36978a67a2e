using Graph.Core.Storage;

namespace Graph.Storage.Sqlite.Traversal;

/// <summary>An <see cref="EdgeFilter"/> compiled against one <see cref="TraversalIndex"/>'s codes.</summary>
internal sealed class EdgePredicate
{
    private readonly TraversalIndex _index;
    private readonly bool[]? _kinds;
    private readonly bool[]? _currencies;
    private readonly HashSet<int>? _reporters;
    private readonly int _yearFrom;
    private readonly int _yearTo;
    private readonly double _min;
    private readonly double _max;
    private readonly bool _hasAmount;

    /// <param name="reporterNodes">Nodes of the ReportedBy filter, already resolved; null for no constraint.</param>
    public EdgePredicate(TraversalIndex index, EdgeFilter filter, IReadOnlyCollection<int>? reporterNodes)
    {
        _index = index;
        if (filter.Kinds is { Count: > 0 } kinds)
        {
            _kinds = new bool[256];
            foreach (var k in kinds)
                if (index.KindCodes.TryGetValue(k, out var code))
                    _kinds[code] = true;
        }
        if (filter.Currencies is { Count: > 0 } currencies)
        {
            _currencies = new bool[Math.Max(1, index.CurrencyCodes.Count)];
            foreach (var c in currencies)
                if (index.CurrencyCodes.TryGetValue(c.ToUpperInvariant(), out var code))
                    _currencies[code] = true;
        }
        if (reporterNodes is not null)
            _reporters = [.. reporterNodes];
        _yearFrom = filter.YearFrom ?? int.MinValue;
        _yearTo = filter.YearTo ?? int.MaxValue;
        _hasAmount = filter.MinAmount is not null || filter.MaxAmount is not null;
        _min = filter.MinAmount is { } min ? (double)min : double.NegativeInfinity;
        _max = filter.MaxAmount is { } max ? (double)max : double.PositiveInfinity;
        RequiresYear = filter.YearFrom is not null || filter.YearTo is not null;
        IsEmpty = _kinds is null && _currencies is null && _reporters is null && !RequiresYear && !_hasAmount;
    }

    public bool IsEmpty { get; }

    private bool RequiresYear { get; }

    public bool Matches(int edge)
    {
        if (IsEmpty)
            return true;
        var ix = _index;
        if (_kinds is not null && !_kinds[ix.Kind[edge]])
            return false;
        if (RequiresYear)
        {
            var y = ix.Year[edge];
            if (y == int.MinValue || y < _yearFrom || y > _yearTo)
                return false;
        }
        if (_hasAmount)
        {
            var v = ix.Value[edge];
            if (double.IsNaN(v) || v < _min || v > _max)
                return false;
        }
        if (_currencies is not null)
        {
            var c = ix.Currency[edge];
            if (c < 0 || !_currencies[c])
                return false;
        }
        return _reporters is null || _reporters.Contains(ix.ReportedBy[edge]);
    }
}
