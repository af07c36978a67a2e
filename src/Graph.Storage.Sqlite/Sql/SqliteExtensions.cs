using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>Small conveniences over Microsoft.Data.Sqlite commands and readers.</summary>
internal static class SqliteExtensions
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    public static async Task ExecuteAsync(this SqliteConnection connection, string sql, CancellationToken ct, SqliteTransaction? tx = null)
    {
        await using var cmd = connection.Command(sql, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public static SqliteParameter Add(this SqliteCommand cmd, string name, object? value) =>
        cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);

    /// <summary>A JSON array parameter, read in SQL with <c>json_each</c>: one parameter for any list length.</summary>
    public static SqliteParameter AddList<T>(this SqliteCommand cmd, string name, IEnumerable<T> values) =>
        cmd.Parameters.AddWithValue(name, JsonSerializer.Serialize(values.ToArray()));

    public static string? StringOrNull(this SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    public static int? IntOrNull(this SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
    public static long? LongOrNull(this SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    // Amounts are stored as REAL: 15 significant digits round-trip exactly, more than any filing prints.
    public static decimal? DecimalOrNull(this SqliteDataReader r, int i) => r.IsDBNull(i) ? null : ToDecimal(r.GetDouble(i));

    public static decimal ToDecimal(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e28 ? (decimal)value : 0m;

    public static object? ToDb(decimal? value) => value is { } v ? (double)v : null;
}
