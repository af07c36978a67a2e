using Graph.Core.Model;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Ingest;

/// <summary>
/// The edge INSERT, prepared once per writer and bound by position per row: a row costs its
/// binding and the B-tree inserts, nothing more.
/// </summary>
internal sealed class EdgeInsert : IDisposable
{
    private readonly RawStatement _insert;

    public EdgeInsert(SqliteConnection connection) => _insert = new RawStatement(connection, """
        INSERT INTO edges (id, category, kind, from_n, to_n, year, as_of, period, amount, currency, scale, value,
                           description, nature, reported_by_n, filing_n, ev_start, ev_end, quote)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
        """);

    /// <returns>The new edge's key.</returns>
    public long Insert(GraphEdge edge, long filingN, long fromN, long toN, long reportedByN)
    {
        _insert.Bind(1, edge.Id);
        _insert.Bind(2, (long)edge.Category);
        _insert.Bind(3, edge.Kind);
        _insert.Bind(4, fromN);
        _insert.Bind(5, toN);
        _insert.Bind(6, edge.Year);
        _insert.Bind(7, edge.AsOf);
        _insert.Bind(8, edge.Period);
        _insert.Bind(9, (double?)edge.Amount);
        _insert.Bind(10, edge.Currency);
        _insert.Bind(11, (double?)edge.Scale);
        _insert.Bind(12, (double?)edge.Value);
        _insert.Bind(13, edge.Description);
        _insert.Bind(14, edge.Nature);
        _insert.Bind(15, reportedByN);
        _insert.Bind(16, filingN);
        _insert.Bind(17, edge.EvidenceStart);
        _insert.Bind(18, edge.EvidenceEnd);
        _insert.Bind(19, edge.Quote);
        return _insert.Execute();
    }

    public void Dispose() => _insert.Dispose();
}
