using Graph.Storage.Sqlite.Resolution;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Traversal;

/// <summary>
/// Holds the current <see cref="GraphSnapshot"/> and reloads it when the file's graph version
/// moves, whichever process wrote. One load at a time; readers never see a half-built snapshot.
/// </summary>
internal sealed class SnapshotCache : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private GraphSnapshot? _current;

    public async Task<GraphSnapshot> GetAsync(SqliteConnection connection, bool withIndex, CancellationToken ct)
    {
        var version = await SqliteGraphStore.ReadVersionAsync(connection, ct);
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Version == version && (!withIndex || current.Index is not null))
            return current;

        await _gate.WaitAsync(ct);
        try
        {
            // Read inside one transaction so clusters and index describe the same version.
            await using var tx = connection.BeginTransaction(deferred: true);
            version = await SqliteGraphStore.ReadVersionAsync(connection, ct, tx);
            current = _current;
            if (current is not null && current.Version == version && (!withIndex || current.Index is not null))
                return current;
            var sameVersion = current is not null && current.Version == version;
            var clusters = sameVersion ? current!.Clusters : await LoadClustersAsync(connection, tx, ct);
            var index = withIndex ? await TraversalIndexLoader.LoadAsync(connection, tx, clusters, ct) : null;
            var snapshot = new GraphSnapshot(version, clusters, index, sameVersion ? current!.Entities : new EntityCache());
            Volatile.Write(ref _current, snapshot);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<ClusterMap> LoadClustersAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        var canonicalOf = new Dictionary<long, long>();
        var ids = new Dictionary<long, string>();
        await using var cmd = connection.Command("""
            SELECT k.entity_n, m.id, k.canonical_n, c.id
            FROM canonical k JOIN entities m ON m.n = k.entity_n JOIN entities c ON c.n = k.canonical_n
            """, tx);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            canonicalOf[reader.GetInt64(0)] = reader.GetInt64(2);
            ids[reader.GetInt64(0)] = reader.GetString(1);
            ids[reader.GetInt64(2)] = reader.GetString(3);
        }
        return canonicalOf.Count == 0 ? ClusterMap.Empty : new ClusterMap(canonicalOf, ids);
    }

    public void Dispose() => _gate.Dispose();
}
