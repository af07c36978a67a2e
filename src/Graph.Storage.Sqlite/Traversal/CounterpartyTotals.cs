using Graph.Core.Storage;
using Graph.Storage.Sqlite.Sql;

namespace Graph.Storage.Sqlite.Traversal;

/// <summary>
/// An entity's totals per counterparty, kind, year and currency, summed over its edges in the
/// traversal index rather than by a GROUP BY over the edges table: around a hub that is
/// thousands of rows SQLite would read per request. Sums values as SQL's SUM does: unknown
/// values are skipped, and a total of only unknown values is zero.
/// </summary>
internal static class CounterpartyTotals
{
    /// <returns>Totals keyed by the counterparty's canonical entity key.</returns>
    public static Dictionary<long, List<KindYearTotal>> Sum(TraversalIndex index, int node, EdgePredicate predicate)
    {
        var sums = new Dictionary<(int Other, byte Kind, int Year, short Currency), (double Sum, int Count)>();
        // Neighbour and value lie beside each edge in the adjacency arrays: read them in order.
        for (var a = index.Offsets[node]; a < index.Offsets[node + 1]; a++)
        {
            var edge = index.Adjacent[a];
            if (!predicate.Matches(edge))
                continue;
            var key = (index.Neighbours[a], index.Kind[edge], index.Year[edge], index.Currency[edge]);
            var value = index.AdjacentValue[a];
            var add = double.IsNaN(value) ? 0 : value;
            sums[key] = sums.TryGetValue(key, out var s) ? (s.Sum + add, s.Count + 1) : (add, 1);
        }
        var totals = new Dictionary<long, List<KindYearTotal>>();
        foreach (var ((other, kind, year, currency), (sum, count)) in sums)
        {
            var otherKey = index.NodeKeys[other];
            if (!totals.TryGetValue(otherKey, out var list))
                totals[otherKey] = list = [];
            list.Add(new KindYearTotal(
                index.KindNames[kind],
                year == int.MinValue ? null : year,
                currency < 0 ? null : index.CurrencyNames[currency],
                SqliteExtensions.ToDecimal(sum),
                count));
        }
        return totals;
    }
}
