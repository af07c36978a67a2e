using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>
/// A prepared statement driven through SQLite's C API, bound by position. Bulk ingest runs one
/// INSERT per edge: Microsoft.Data.Sqlite looks every parameter up by name on every execution,
/// which costs as much as the insert itself. Use only on a connection that is open, inside its
/// transaction, and from one thread at a time.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _stmt);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Bind(int position, long value) => Check(raw.sqlite3_bind_int64(_stmt, position, value));

    public void Bind(int position, int? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(_stmt, position, v) : raw.sqlite3_bind_null(_stmt, position));

    public void Bind(int position, double? value) =>
        Check(value is { } v ? raw.sqlite3_bind_double(_stmt, position, v) : raw.sqlite3_bind_null(_stmt, position));

    public void Bind(int position, string? value) =>
        Check(value is not null ? raw.sqlite3_bind_text(_stmt, position, value) : raw.sqlite3_bind_null(_stmt, position));

    /// <summary>Runs the statement to completion and makes it ready for the next bindings.</summary>
    /// <returns>The rowid of the last row inserted on the connection.</returns>
    public long Execute()
    {
        var rc = raw.sqlite3_step(_stmt);
        raw.sqlite3_reset(_stmt);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
            SqliteException.ThrowExceptionForRC(rc, _db);
        return raw.sqlite3_last_insert_rowid(_db);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _stmt.Dispose();
}
