using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Sqlite.Resolution;
using Graph.Storage.Sqlite.Sql;
using Graph.Storage.Sqlite.Traversal;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<GraphStats> GetStatsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = connection.BeginTransaction(deferred: true);
        var byType = new Dictionary<string, int>(StringComparer.Ordinal);
        // Merged-away entities are counted once, as their canonical entity.
        await using (var cmd = connection.Command(
            "SELECT type, COUNT(*) FROM entities WHERE n NOT IN (SELECT entity_n FROM canonical) GROUP BY type ORDER BY type", tx))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                byType[reader.GetString(0)] = reader.GetInt32(1);
        }
        await using var counts = connection.Command("""
            SELECT (SELECT COUNT(*) FROM filings),
                   (SELECT COUNT(*) FROM edges WHERE category = 0),
                   (SELECT COUNT(*) FROM edges WHERE category = 1),
                   (SELECT COUNT(*) FROM related_parties),
                   (SELECT COUNT(*) FROM same_as WHERE active = 1)
            """, tx);
        await using var row = await counts.ExecuteReaderAsync(ct);
        await row.ReadAsync(ct);
        return new GraphStats(byType.Values.Sum(), byType, row.GetInt32(0), row.GetInt32(1), row.GetInt32(2), row.GetInt32(3), row.GetInt32(4));
    }

    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
            return new Dictionary<string, Entity>();
        await using var connection = await OpenAsync(ct);
        var snapshot = await _snapshots.GetAsync(connection, withIndex: false, ct);
        var clusters = snapshot.Clusters;
        var ns = await LookupAsync(connection, ids, ct);
        var canonical = await LoadCanonicalEntitiesAsync(connection, ns.Values.Select(clusters.CanonicalOf), snapshot, ct);
        return ns.ToDictionary(kv => kv.Key, kv => canonical[clusters.CanonicalOf(kv.Value)], StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Entity>> FindByNameKeysAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        // A blank key is the key of no name.
        var wanted = keys.Where(k => !string.IsNullOrWhiteSpace(k)).ToList();
        if (wanted.Count == 0)
            return [];
        await using var connection = await OpenAsync(ct);
        var snapshot = await _snapshots.GetAsync(connection, withIndex: false, ct);
        var ns = new HashSet<long>();
        // A name's key is in the id of the entity it names; other keys (aliases, mostly) have rows.
        await using (var cmd = connection.Command("""
            SELECT n FROM entities WHERE id IN (SELECT value FROM json_each(@ids))
            UNION
            SELECT entity_n FROM entity_keys WHERE key IN (SELECT value FROM json_each(@keys))
            """))
        {
            cmd.AddList("@keys", wanted);
            cmd.AddList("@ids", wanted.Select(EntityIds.ForKey));
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                ns.Add(snapshot.Clusters.CanonicalOf(reader.GetInt64(0)));
        }
        var entities = await LoadCanonicalEntitiesAsync(connection, ns, snapshot, ct);
        return [.. entities.Values.OrderBy(e => e.Name.ToLowerInvariant(), StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    public async Task<Page<Entity>> SearchEntitiesAsync(string? search, string? type, int first, string? after, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        string?[]? cursor = after is null ? null : KeysetCursor.Decode(after, 2);
        await using var connection = await OpenAsync(ct);
        var snapshot = await _snapshots.GetAsync(connection, withIndex: false, ct);
        var clusters = snapshot.Clusters;

        // A cluster matches when any member's name or alias does; only canonical entities are listed.
        const string match = """
            e.n NOT IN (SELECT entity_n FROM canonical)
            AND (@q IS NULL OR instr(e.search, @q) > 0
                 OR EXISTS (SELECT 1 FROM canonical k JOIN entities m ON m.n = k.entity_n
                            WHERE k.canonical_n = e.n AND instr(m.search, @q) > 0))
            AND (@type IS NULL OR e.type = @type)
            """;
        var q = string.IsNullOrWhiteSpace(search) ? null : search.Trim().ToLowerInvariant();
        var rows = new List<(long N, string Key, string Id)>();
        await using (var cmd = connection.Command($"""
            SELECT e.n, lower(e.name), e.id FROM entities e
            WHERE {match} AND (@after_key IS NULL OR (lower(e.name), e.id) > (@after_key, @after_id))
            ORDER BY lower(e.name), e.id LIMIT @take
            """))
        {
            cmd.Add("@q", q);
            cmd.Add("@type", type);
            cmd.Add("@after_key", cursor?[0]);
            cmd.Add("@after_id", cursor?[1]);
            cmd.Add("@take", first + 1);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }
        int total;
        await using (var count = connection.Command($"SELECT COUNT(*) FROM entities e WHERE {match}"))
        {
            count.Add("@q", q);
            count.Add("@type", type);
            total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        var page = rows.Take(first).ToList();
        var entities = await LoadCanonicalEntitiesAsync(connection, page.Select(r => r.N), snapshot, ct);
        return new Page<Entity>(
            page.Select(r => new PageItem<Entity>(entities[r.N], KeysetCursor.Encode(r.Key, r.Id))).ToList(),
            rows.Count > first, total);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPartyLink>>> GetRelatedPartiesAsync(
        IReadOnlyCollection<string> entityIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var result = new Dictionary<string, IReadOnlyList<RelatedPartyLink>>(StringComparer.Ordinal);
        if (entityIds.Count == 0)
            return result;
        await using var connection = await OpenAsync(ct);
        var clusters = (await _snapshots.GetAsync(connection, withIndex: false, ct)).Clusters;
        var requesters = RequestersByMember(await LookupAsync(connection, entityIds, ct), clusters);
        var links = requesters.Values.SelectMany(ids => ids).Distinct().ToDictionary(id => id, _ => new List<RelatedPartyLink>(), StringComparer.Ordinal);
        // One query for the whole batch: the API asks for a level's entities at once.
        await using var cmd = connection.Command("""
            SELECT rp.reporter_n, r.id, rp.party_n, p.id, rp.relationship, f.id
            FROM related_parties rp
            JOIN entities r ON r.n = rp.reporter_n JOIN entities p ON p.n = rp.party_n JOIN filings f ON f.n = rp.filing_n
            WHERE rp.reporter_n IN (SELECT value FROM json_each(@ns)) OR rp.party_n IN (SELECT value FROM json_each(@ns))
            ORDER BY f.id, p.id
            """);
        cmd.AddList("@ns", requesters.Keys);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (reporterN, partyN) = (reader.GetInt64(0), reader.GetInt64(2));
            var link = new RelatedPartyLink(
                clusters.CanonicalId(reporterN, reader.GetString(1)),
                clusters.CanonicalId(partyN, reader.GetString(3)),
                reader.StringOrNull(4),
                reader.GetString(5));
            foreach (var id in RequestersOf(requesters, reporterN, partyN))
                links[id].Add(link);
        }
        foreach (var (id, list) in links)
            result[id] = list;
        return result;
    }

    /// <summary>
    /// For each raw entity key, the requested ids it answers for: every member of a requested
    /// entity's SAME_AS cluster stands for that entity.
    /// </summary>
    private static Dictionary<long, List<string>> RequestersByMember(IReadOnlyDictionary<string, long> found, ClusterMap clusters)
    {
        var byMember = new Dictionary<long, List<string>>();
        foreach (var (id, n) in found)
        {
            foreach (var member in clusters.Members(clusters.CanonicalOf(n)))
            {
                if (!byMember.TryGetValue(member, out var ids))
                    byMember[member] = ids = [];
                ids.Add(id);
            }
        }
        return byMember;
    }

    /// <summary>The requested ids a row touching two entity keys belongs to, each once.</summary>
    private static IEnumerable<string> RequestersOf(Dictionary<long, List<string>> byMember, long a, long b) =>
        byMember.GetValueOrDefault(a, []).Union(byMember.GetValueOrDefault(b, []), StringComparer.Ordinal);

    /// <summary>Raw entity keys of the ids that exist.</summary>
    private static async Task<Dictionary<string, long>> LookupAsync(
        SqliteConnection connection, IEnumerable<string> ids, CancellationToken ct, SqliteTransaction? tx = null)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var cmd = connection.Command("SELECT id, n FROM entities WHERE id IN (SELECT value FROM json_each(@ids))", tx);
        cmd.AddList("@ids", ids.Distinct());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            result[reader.GetString(0)] = reader.GetInt64(1);
        return result;
    }

    /// <summary>Canonical entities with their cluster members' names, aliases and identifiers folded in.</summary>
    private static async Task<Dictionary<long, Entity>> LoadCanonicalEntitiesAsync(
        SqliteConnection connection, IEnumerable<long> canonicalNs, GraphSnapshot snapshot, CancellationToken ct)
    {
        var result = new Dictionary<long, Entity>();
        var wanted = new List<long>();
        foreach (var n in canonicalNs)
        {
            if (result.ContainsKey(n))
                continue;
            if (snapshot.Entities.TryGet(n, out var cached))
                result[n] = cached;
            else
                wanted.Add(n);
        }
        if (wanted.Count == 0)
            return result;

        var clusters = snapshot.Clusters;
        var all = wanted.Distinct().SelectMany(clusters.Members).Distinct().ToList();
        var rows = new Dictionary<long, Entity>();
        await using (var cmd = connection.Command($"SELECT {EntityRows.Columns} FROM entities e WHERE e.n IN (SELECT value FROM json_each(@ns))"))
        {
            cmd.AddList("@ns", all);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var (n, entity) = EntityRows.Read(reader);
                rows[n] = entity;
            }
        }
        foreach (var n in wanted)
        {
            if (!rows.TryGetValue(n, out var entity))
                continue;
            foreach (var member in clusters.Members(n))
            {
                if (member != n && rows.TryGetValue(member, out var other))
                    entity = EntityMerging.Merge(entity, other with { Type = entity.Type });
            }
            result[n] = entity;
            snapshot.Entities.Add(n, entity);
        }
        return result;
    }
}
