using Graph.Core.Model;
using Graph.Storage.Sqlite.Resolution;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>Reading edge rows, with endpoints and reporter resolved to their clusters' canonical ids.</summary>
internal static class EdgeRows
{
    /// <summary>The edge columns, then <paramref name="extra"/> at index <see cref="ExtraColumn"/>.</summary>
    public static string Select(string extra = "NULL") => $"""
        SELECT e.n, e.id, e.category, e.kind, e.from_n, f.id, e.to_n, t.id, e.year, e.as_of, e.period,
               e.amount, e.currency, e.scale, e.value, e.description, e.nature, e.reported_by_n, r.id,
               fl.id, e.ev_start, e.ev_end, e.quote, {extra}
        FROM edges e
        JOIN entities f ON f.n = e.from_n
        JOIN entities t ON t.n = e.to_n
        JOIN entities r ON r.n = e.reported_by_n
        JOIN filings fl ON fl.n = e.filing_n
        """;

    public const int ExtraColumn = 23;

    public static (long N, GraphEdge Edge) Read(SqliteDataReader r, ClusterMap clusters) => (r.GetInt64(0), new GraphEdge
    {
        Id = r.GetString(1),
        Category = (EdgeCategory)r.GetInt32(2),
        Kind = r.GetString(3),
        FromId = clusters.CanonicalId(r.GetInt64(4), r.GetString(5)),
        ToId = clusters.CanonicalId(r.GetInt64(6), r.GetString(7)),
        Year = r.IntOrNull(8),
        AsOf = r.StringOrNull(9),
        Period = r.StringOrNull(10),
        Amount = r.DecimalOrNull(11),
        Currency = r.StringOrNull(12),
        Scale = r.DecimalOrNull(13),
        Value = r.DecimalOrNull(14),
        Description = r.StringOrNull(15),
        Nature = r.StringOrNull(16),
        ReportedBy = clusters.CanonicalId(r.GetInt64(17), r.GetString(18)),
        FilingId = r.GetString(19),
        EvidenceStart = r.IntOrNull(20),
        EvidenceEnd = r.IntOrNull(21),
        Quote = r.StringOrNull(22),
    });
}
