using System.Globalization;
using Graph.Core.Model;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Schema;

/// <summary>Brings a database file to the latest schema version; safe to run on every open.</summary>
internal static class SchemaMigrator
{
    public static int LatestVersion => Migrations.All[^1].Version;

    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken ct)
    {
        // WAL is a property of the file: readers keep reading while one writer ingests.
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL;", ct);
        await connection.ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
            """, ct);

        // Steps that derive keys from names compute them as the program does.
        connection.CreateFunction("name_key", (string? name) => name is null ? null : EntityIds.NormalizeName(name), isDeterministic: true);
        connection.CreateFunction("id_for_key", (string? key) => string.IsNullOrWhiteSpace(key) ? null : EntityIds.ForKey(key), isDeterministic: true);

        var current = await CurrentVersionAsync(connection, ct);
        if (current > LatestVersion)
            throw new InvalidOperationException(
                $"The graph file has schema version {current}, newer than this program's {LatestVersion}: upgrade the program.");

        foreach (var migration in Migrations.All.Where(m => m.Version > current))
        {
            ct.ThrowIfCancellationRequested();
            await using var tx = connection.BeginTransaction(deferred: false);
            // Another process may have migrated since we looked: re-check inside the write lock.
            await using (var check = connection.Command("SELECT 1 FROM schema_migrations WHERE version = @v", tx))
            {
                check.Add("@v", migration.Version);
                if (await check.ExecuteScalarAsync(ct) is not null)
                    continue;
            }
            await using (var apply = connection.Command(migration.Sql, tx))
                await apply.ExecuteNonQueryAsync(ct);
            await using (var record = connection.Command(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @name, @at)", tx))
            {
                record.Add("@v", migration.Version);
                record.Add("@name", migration.Name);
                record.Add("@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
    }

    public static async Task<int> CurrentVersionAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.Command("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }
}
