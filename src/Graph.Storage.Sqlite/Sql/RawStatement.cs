using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>
/// A prepared statement driven through SQLite's C API, bound and read by position. Bulk ingest
/// runs one INSERT per edge, and a network reads a thousand edge rows: Microsoft.Data.Sqlite
/// looks every parameter up by name on every execution and checks every column's type, which
/// costs as much as the work itself. Use only on an open connection (inside its transaction
/// when there is one) and from one thread at a time.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;
    private byte[] _utf8 = new byte[256];

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _stmt);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Bind(int position, long value) => Check(raw.sqlite3_bind_int64(_stmt, position, value));

    public void Bind(int position, long? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(_stmt, position, v) : raw.sqlite3_bind_null(_stmt, position));

    public void Bind(int position, int? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(_stmt, position, v) : raw.sqlite3_bind_null(_stmt, position));

    public void Bind(int position, double? value) =>
        Check(value is { } v ? raw.sqlite3_bind_double(_stmt, position, v) : raw.sqlite3_bind_null(_stmt, position));

    public void Bind(int position, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_stmt, position));
            return;
        }
        // Encoded into a reused buffer: the string overload allocates a new array per value, and
        // SQLite copies the bytes (SQLITE_TRANSIENT) before this returns.
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_utf8.Length < max)
            _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        var length = Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(_stmt, position, _utf8.AsSpan(0, length)));
    }

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

    /// <summary>Makes the statement ready to run again before its rows are all read.</summary>
    public void Reset() => raw.sqlite3_reset(_stmt);

    /// <summary>Steps to the next row; false (and ready to run again) when there is none.</summary>
    public bool Read()
    {
        var rc = raw.sqlite3_step(_stmt);
        if (rc == raw.SQLITE_ROW)
            return true;
        raw.sqlite3_reset(_stmt);
        if (rc != raw.SQLITE_DONE)
            SqliteException.ThrowExceptionForRC(rc, _db);
        return false;
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_stmt, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(_stmt, column);

    public long? Int64OrNull(int column) => IsNull(column) ? null : raw.sqlite3_column_int64(_stmt, column);

    public int? IntOrNull(int column) => IsNull(column) ? null : raw.sqlite3_column_int(_stmt, column);

    public double? DoubleOrNull(int column) => IsNull(column) ? null : raw.sqlite3_column_double(_stmt, column);

    // SQLite hands back no text for NULL, which converts to null (and '' to ""): no type check needed.
    public string? TextOrNull(int column) => raw.sqlite3_column_text(_stmt, column).utf8_to_string();

    public string Text(int column) => raw.sqlite3_column_text(_stmt, column).utf8_to_string() ?? "";

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _stmt.Dispose();
}
