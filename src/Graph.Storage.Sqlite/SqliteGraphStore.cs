using System.Globalization;
using Graph.Core.Storage;
using Graph.Storage.Sqlite.Resolution;
using Graph.Storage.Sqlite.Schema;
using Graph.Storage.Sqlite.Sql;
using Graph.Storage.Sqlite.Traversal;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode. Each filing is written in one
/// transaction, so a crash leaves every filing fully there or fully absent. Reads resolve
/// through SAME_AS clusters; traversals (network, paths, shared counterparties) run over an
/// in-memory adjacency index that is rebuilt when the file's graph version changes, and only
/// the rows they return are read back from SQLite.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    // Page cache per connection, in KiB (negative, as SQLite takes it): 32 MB for reads, 256 MB for bulk loads.
    private const int CacheKib = -32_768;
    private const int BulkCacheKib = -262_144;

    private readonly string _connectionString;
    private readonly SnapshotCache _snapshots;
    // Set after each committed bulk batch, taken by the next one (see IngestBatchAsync).
    private BulkEntities? _bulkEntities;

    /// <param name="path">The database file; created (with its directory) when missing.</param>
    public SqliteGraphStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _snapshots = new SnapshotCache();
    }

    public string Path { get; }

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        try
        {
            await using var connection = await OpenAsync(ct);
            await SchemaMigrator.MigrateAsync(connection, ct);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 or 11)
        {
            throw new InvalidOperationException($"'{Path}' is not a graph database (SQLite: {e.Message}).", e);
        }
    }

    /// <summary>The schema version of the file (0 when it has none yet).</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        return await SchemaMigrator.CurrentVersionAsync(connection, ct);
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections hold the file open; release them so the file can be moved or deleted.
        using (var connection = new SqliteConnection(_connectionString))
            SqliteConnection.ClearPool(connection);
        _snapshots.Dispose();
        return ValueTask.CompletedTask;
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            // NORMAL is durable with WAL except for the last commits on power loss, never corrupting.
            // Checkpoints (the only fsyncs in WAL mode with synchronous=NORMAL) every ~64 MB of WAL rather than 4 MB.
            // Memory-mapped reads (up to 1 GB of the file) take pages from the OS cache without a copy.
            await connection.ExecuteAsync(
                $"PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size={CacheKib}; PRAGMA wal_autocheckpoint=16384; PRAGMA mmap_size=1073741824;", ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Bumped by every write transaction; in-memory snapshots are valid for one version.</summary>
    internal static async Task<long> ReadVersionAsync(SqliteConnection connection, CancellationToken ct, SqliteTransaction? tx = null)
    {
        await using var cmd = connection.Command("SELECT value FROM meta WHERE key = 'graph_version'", tx);
        var value = await cmd.ExecuteScalarAsync(ct)
            ?? throw new InvalidOperationException("The file has no graph schema: initialise the store first.");
        return long.Parse((string)value, CultureInfo.InvariantCulture);
    }

    private static async Task BumpVersionAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        await using var cmd = connection.Command(
            "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'graph_version'", tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
