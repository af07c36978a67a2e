using Graph.Core.Model;
using Graph.Core.Resolution;
using Graph.Core.Storage;
using Graph.Storage.Sqlite.Resolution;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<SameAsLink>>> GetSameAsAsync(
        IReadOnlyCollection<string> entityIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var result = new Dictionary<string, IReadOnlyList<SameAsLink>>(StringComparer.Ordinal);
        if (entityIds.Count == 0)
            return result;
        await using var connection = await OpenAsync(ct);
        var clusters = (await _snapshots.GetAsync(connection, withIndex: false, ct)).Clusters;
        var requesters = RequestersByMember(await LookupAsync(connection, entityIds, ct), clusters);
        var links = requesters.Values.SelectMany(ids => ids).Distinct().ToDictionary(id => id, _ => new List<SameAsLink>(), StringComparer.Ordinal);
        // One query for the whole batch: the API asks for a level's entities at once.
        await using var cmd = connection.Command($"""
            {SameAsSelect} WHERE s.active = 1
              AND (s.entity_n IN (SELECT value FROM json_each(@ns)) OR s.target_n IN (SELECT value FROM json_each(@ns)))
            ORDER BY s.n
            """);
        cmd.AddList("@ns", requesters.Keys);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var link = ReadSameAs(reader);
            foreach (var id in RequestersOf(requesters, reader.GetInt64(8), reader.GetInt64(9)))
                links[id].Add(link);
        }
        foreach (var (id, list) in links)
            result[id] = list;
        return result;
    }

    public async Task<SameAsLink> MergeAsync(
        string entityId, string targetId, string method, double score, string by, string? reason, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetId);
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        await using var connection = await OpenAsync(ct);
        await using var tx = connection.BeginTransaction(deferred: false);
        var found = await LookupAsync(connection, [entityId, targetId], ct, tx);
        foreach (var id in new[] { entityId, targetId })
        {
            if (!found.ContainsKey(id))
                throw new KeyNotFoundException($"No entity with id '{id}'.");
        }
        var clusters = await ComputeClustersAsync(connection, tx, ct);
        if (clusters.Find(found[entityId]) == clusters.Find(found[targetId]))
            throw new InvalidOperationException($"'{entityId}' and '{targetId}' are already the same entity.");

        var at = DateTimeOffset.UtcNow;
        var link = new SameAsLink(
            "sa-" + EntityIds.ShortHash(entityId, targetId, at.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            entityId, targetId, method, score, by, at, reason);
        await using (var cmd = connection.Command("""
            INSERT INTO same_as (id, entity_n, target_n, method, score, by, at, reason)
            VALUES (@id, @entity, @target, @method, @score, @by, @at, @reason)
            """, tx))
        {
            cmd.Add("@id", link.Id);
            cmd.Add("@entity", found[entityId]);
            cmd.Add("@target", found[targetId]);
            cmd.Add("@method", method);
            cmd.Add("@score", score);
            cmd.Add("@by", by);
            cmd.Add("@at", at.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            cmd.Add("@reason", reason);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await RewriteCanonicalAsync(connection, tx, ct);
        await BumpVersionAsync(connection, tx, ct);
        await tx.CommitAsync(ct);
        return link;
    }

    public async Task<bool> UnmergeAsync(string linkOrEntityId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(linkOrEntityId);
        await using var connection = await OpenAsync(ct);
        await using var tx = connection.BeginTransaction(deferred: false);
        // Judgements are kept with the time they were undone, never deleted.
        await using var cmd = connection.Command("""
            UPDATE same_as SET active = 0, undone_at = @now
            WHERE active = 1 AND (id = @id OR entity_n = (SELECT n FROM entities WHERE id = @id))
            """, tx);
        cmd.Add("@id", linkOrEntityId);
        cmd.Add("@now", Now());
        var changed = await cmd.ExecuteNonQueryAsync(ct);
        if (changed == 0)
            return false;
        await RewriteCanonicalAsync(connection, tx, ct);
        await BumpVersionAsync(connection, tx, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<MergeSuggestion>> SuggestMergesAsync(int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await OpenAsync(ct);
        var clusters = (await _snapshots.GetAsync(connection, withIndex: false, ct)).Clusters;
        var candidates = new List<Entity>();
        await using (var cmd = connection.Command($"""
            SELECT {EntityRows.Columns} FROM entities e
            WHERE e.placeholder IS NULL AND e.n NOT IN (SELECT entity_n FROM canonical)
            """))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                candidates.Add(EntityRows.Read(reader).Entity);
            }
        }
        return MergeSuggester.Suggest(candidates, limit, ct);
    }

    private static async Task<UnionFind> ComputeClustersAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        var union = new UnionFind();
        await using var cmd = connection.Command("SELECT entity_n, target_n FROM same_as WHERE active = 1 ORDER BY n", tx);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            union.Union(reader.GetInt64(0), reader.GetInt64(1));
        return union;
    }

    private static async Task RewriteCanonicalAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        var merged = (await ComputeClustersAsync(connection, tx, ct)).MergedAway();
        await connection.ExecuteAsync("DELETE FROM canonical", ct, tx);
        await using var insert = connection.Command("INSERT INTO canonical (entity_n, canonical_n) VALUES (@e, @c)", tx);
        var e = insert.Add("@e", 0L);
        var c = insert.Add("@c", 0L);
        foreach (var (entity, canonical) in merged)
        {
            e.Value = entity;
            c.Value = canonical;
            await insert.ExecuteNonQueryAsync(ct);
        }
    }
}
