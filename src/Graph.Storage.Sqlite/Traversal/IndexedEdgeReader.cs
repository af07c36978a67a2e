using Graph.Core.Model;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Traversal;

/// <summary>
/// Reads the edges a traversal chose, by edge slot. Endpoints, reporter, kind, year, currency
/// and value come from the index, so the query touches the edges table alone and reads only
/// what the index lacks: a network of thousands of edges is one primary-key scan, not
/// thousands of joins.
/// </summary>
internal static class IndexedEdgeReader
{
    /// <returns>The edges in the order of <paramref name="slots"/>.</returns>
    public static IReadOnlyList<GraphEdge> Read(
        SqliteConnection connection, TraversalIndex index, IReadOnlyList<int> slots, CancellationToken ct)
    {
        if (slots.Count == 0)
            return [];
        var position = new Dictionary<long, int>(slots.Count);
        for (var i = 0; i < slots.Count; i++)
            position[index.EdgeKeys[slots[i]]] = i;
        var result = new GraphEdge[slots.Count];
        using var select = new RawStatement(connection, """
            SELECT n, id, category, as_of, period, amount, scale, description, nature, filing_n, ev_start, ev_end, quote
            FROM edges WHERE n IN (SELECT value FROM json_each(?1))
            """);
        select.Bind(1, System.Text.Json.JsonSerializer.Serialize(position.Keys.Order()));
        while (select.Read())
        {
            ct.ThrowIfCancellationRequested();
            var at = position[select.Int64(0)];
            var slot = slots[at];
            var year = index.Year[slot];
            var currency = index.Currency[slot];
            var value = index.Value[slot];
            result[at] = new GraphEdge
            {
                Id = select.Text(1),
                Category = (EdgeCategory)select.Int64(2),
                Kind = index.KindNames[index.Kind[slot]],
                FromId = index.NodeIds[index.From[slot]],
                ToId = index.NodeIds[index.To[slot]],
                Year = year == int.MinValue ? null : year,
                AsOf = select.TextOrNull(3),
                Period = select.TextOrNull(4),
                Amount = Decimal(select.DoubleOrNull(5)),
                Currency = currency < 0 ? null : index.CurrencyNames[currency],
                Scale = Decimal(select.DoubleOrNull(6)),
                Value = double.IsNaN(value) ? null : SqliteExtensions.ToDecimal(value),
                Description = select.TextOrNull(7),
                Nature = select.TextOrNull(8),
                ReportedBy = index.NodeIds[index.ReportedBy[slot]],
                FilingId = index.FilingIds[select.Int64(9)],
                EvidenceStart = select.IntOrNull(10),
                EvidenceEnd = select.IntOrNull(11),
                Quote = select.TextOrNull(12),
            };
        }
        // The snapshot and the rows come from one file version unless a writer slipped in between.
        return result.Any(e => e is null)
            ? throw new InvalidOperationException("The graph changed during the traversal; try again.")
            : result;
    }

    private static decimal? Decimal(double? value) => value is { } v ? SqliteExtensions.ToDecimal(v) : null;
}
