using Graph.Core.Model;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Ingest;

/// <summary>
/// The prepared edge INSERT, re-bound per row: with the statement parsed once per batch, a
/// row costs its binding and the B-tree inserts, nothing more.
/// </summary>
internal sealed class EdgeInsert : IAsyncDisposable
{
    private readonly SqliteCommand _cmd;
    private readonly SqliteParameter[] _p;

    public EdgeInsert(SqliteConnection connection, SqliteTransaction tx)
    {
        _cmd = connection.Command("""
            INSERT INTO edges (id, category, kind, from_n, to_n, year, as_of, period, amount, currency, scale, value,
                               description, nature, reported_by_n, filing_n, ev_start, ev_end, quote)
            VALUES (:id, :category, :kind, :from, :to, :year, :as_of, :period, :amount, :currency, :scale, :value,
                    :description, :nature, :reported_by, :filing, :ev_start, :ev_end, :quote)
            """, tx);
        string[] names =
        [
            ":id", ":category", ":kind", ":from", ":to", ":year", ":as_of", ":period", ":amount", ":currency", ":scale", ":value",
            ":description", ":nature", ":reported_by", ":filing", ":ev_start", ":ev_end", ":quote",
        ];
        _p = names.Select(name => _cmd.Add(name, null)).ToArray();
    }

    /// <returns>The new edge's key.</returns>
    public async Task<long> InsertAsync(GraphEdge edge, long filingN, long fromN, long toN, long reportedByN, CancellationToken ct)
    {
        _p[0].Value = edge.Id;
        _p[1].Value = (int)edge.Category;
        _p[2].Value = edge.Kind;
        _p[3].Value = fromN;
        _p[4].Value = toN;
        _p[5].Value = Db(edge.Year);
        _p[6].Value = Db(edge.AsOf);
        _p[7].Value = Db(edge.Period);
        _p[8].Value = Db(SqliteExtensions.ToDb(edge.Amount));
        _p[9].Value = Db(edge.Currency);
        _p[10].Value = Db(SqliteExtensions.ToDb(edge.Scale));
        _p[11].Value = Db(SqliteExtensions.ToDb(edge.Value));
        _p[12].Value = Db(edge.Description);
        _p[13].Value = Db(edge.Nature);
        _p[14].Value = reportedByN;
        _p[15].Value = filingN;
        _p[16].Value = Db(edge.EvidenceStart);
        _p[17].Value = Db(edge.EvidenceEnd);
        _p[18].Value = Db(edge.Quote);
        await _cmd.ExecuteNonQueryAsync(ct);
        // Cheaper than RETURNING, which makes every insert a reader.
        return SQLitePCL.raw.sqlite3_last_insert_rowid(_cmd.Connection!.Handle);
    }

    private static object Db(object? value) => value ?? DBNull.Value;

    public ValueTask DisposeAsync() => _cmd.DisposeAsync();
}
