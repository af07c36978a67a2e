using Graph.Core.Model;
using Graph.Storage.Sqlite.Resolution;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Traversal;

/// <summary>
/// Reads the edges a traversal chose, by edge slot. Endpoint, reporter and filing ids come from
/// the index, so the query touches the edges table alone: a network of thousands of edges is
/// one primary-key scan, not thousands of joins.
/// </summary>
internal static class IndexedEdgeReader
{
    /// <returns>The edges in the order of <paramref name="slots"/>.</returns>
    public static async Task<IReadOnlyList<GraphEdge>> ReadAsync(
        SqliteConnection connection, TraversalIndex index, ClusterMap clusters, IReadOnlyList<int> slots, CancellationToken ct)
    {
        if (slots.Count == 0)
            return [];
        var position = new Dictionary<long, int>(slots.Count);
        for (var i = 0; i < slots.Count; i++)
            position[index.EdgeKeys[slots[i]]] = i;
        var result = new GraphEdge[slots.Count];
        await using var cmd = connection.Command("""
            SELECT n, id, category, kind, year, as_of, period, amount, currency, scale, value, description, nature,
                   filing_n, ev_start, ev_end, quote
            FROM edges WHERE n IN (SELECT value FROM json_each(@ns))
            """);
        cmd.AddList("@ns", position.Keys.Order());
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var at = position[r.GetInt64(0)];
            var slot = slots[at];
            result[at] = new GraphEdge
            {
                Id = r.GetString(1),
                Category = (EdgeCategory)r.GetInt32(2),
                Kind = r.GetString(3),
                FromId = index.NodeIds[index.From[slot]],
                ToId = index.NodeIds[index.To[slot]],
                Year = r.IntOrNull(4),
                AsOf = r.StringOrNull(5),
                Period = r.StringOrNull(6),
                Amount = r.DecimalOrNull(7),
                Currency = r.StringOrNull(8),
                Scale = r.DecimalOrNull(9),
                Value = r.DecimalOrNull(10),
                Description = r.StringOrNull(11),
                Nature = r.StringOrNull(12),
                ReportedBy = index.NodeIds[index.ReportedBy[slot]],
                FilingId = index.FilingIds[r.GetInt64(13)],
                EvidenceStart = r.IntOrNull(14),
                EvidenceEnd = r.IntOrNull(15),
                Quote = r.StringOrNull(16),
            };
        }
        // The snapshot and the rows come from one file version unless a writer slipped in between.
        return result.Any(e => e is null)
            ? throw new InvalidOperationException("The graph changed during the traversal; try again.")
            : result;
    }
}
