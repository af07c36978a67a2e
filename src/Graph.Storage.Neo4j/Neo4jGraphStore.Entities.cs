using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<GraphStats> GetStatsAsync(CancellationToken ct = default)
    {
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        // Merged-away entities are counted once, as their canonical entity.
        var row = Single(await RunAsync(Statements.Stats, new() { ["mergedAway"] = clusters.MergedAway.ToList() }, ct)
            .ConfigureAwait(false), "stats");
        var byType = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in row.GetList("byType").OfType<IReadOnlyList<object?>>())
            byType[CypherValues.AsString(pair[0]) ?? "company"] = checked((int)(CypherValues.AsInt64(pair[1]) ?? 0));
        return new GraphStats(byType.Values.Sum(), byType, row.GetInt32("filings"), row.GetInt32("transactions"),
            row.GetInt32("balances"), row.GetInt32("relatedParties"), row.GetInt32("sameAs"));
    }

    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
            return new Dictionary<string, Entity>();
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        var found = await ExistingAsync(ids, ct).ConfigureAwait(false);
        var canonical = await LoadCanonicalEntitiesAsync(found.Select(clusters.CanonicalOf), clusters, ct).ConfigureAwait(false);
        return found
            .Where(id => canonical.ContainsKey(clusters.CanonicalOf(id)))
            .ToDictionary(id => id, id => canonical[clusters.CanonicalOf(id)], StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Entity>> FindByNameKeysAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        // A blank key is the key of no name (and its needle would match a node without keys).
        var needles = keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(EntityMapping.KeyNeedle).ToList();
        if (needles.Count == 0)
            return [];
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        var result = await RunAsync(Statements.FindByNameKeys, new() { ["needles"] = needles }, ct)
            .ConfigureAwait(false);
        var found = result.Rows.Select(r => clusters.CanonicalOf(r.GetString("id"))).Distinct(StringComparer.Ordinal).ToList();
        var entities = await LoadCanonicalEntitiesAsync(found, clusters, ct).ConfigureAwait(false);
        return [.. entities.Values.OrderBy(e => e.Name.ToLowerInvariant(), StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    public async Task<Page<Entity>> SearchEntitiesAsync(string? search, string? type, int first, string? after, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var cursor = after is null ? null : KeysetCursor.Decode(after, 2);
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        var q = string.IsNullOrWhiteSpace(search) ? null : search.Trim().ToLowerInvariant();
        var mergedAway = clusters.MergedAway.ToList();

        // A cluster matches when any member's name or alias does; only canonical entities are listed.
        List<string> clusterHits = [];
        if (q is not null && mergedAway.Count > 0)
        {
            var hits = await RunAsync(Statements.SearchMergedHits, new() { ["mergedAway"] = mergedAway, ["q"] = q }, ct).ConfigureAwait(false);
            clusterHits = [.. hits.Rows.Select(r => clusters.CanonicalOf(r.GetString("id"))).Distinct(StringComparer.Ordinal)];
        }
        var parameters = new Dictionary<string, object?>
        {
            ["mergedAway"] = mergedAway,
            ["clusterHits"] = clusterHits,
            ["q"] = q,
            ["type"] = type,
        };
        // A search seeks the text index; a listing without text scans the label in name order.
        var (statement, count) = q is null
            ? (Statements.ListEntities, Statements.ListEntitiesCount)
            : (Statements.SearchEntities, Statements.SearchEntitiesCount);
        var page = await RunAsync(statement, parameters.With(
            ("afterKey", cursor?[0]), ("afterId", cursor?[1]), ("take", first + 1)), ct).ConfigureAwait(false);
        var total = Single(await RunAsync(count, parameters, ct).ConfigureAwait(false), "count").GetInt32("total");

        var rows = page.Rows.Select(r => (Id: r.GetString("id"), Key: r.GetString("key"))).ToList();
        var kept = rows.Take(first).ToList();
        var entities = await LoadCanonicalEntitiesAsync(kept.Select(r => r.Id), clusters, ct).ConfigureAwait(false);
        return new Page<Entity>(
            kept.Where(r => entities.ContainsKey(r.Id))
                .Select(r => new PageItem<Entity>(entities[r.Id], KeysetCursor.Encode(r.Key, r.Id))).ToList(),
            rows.Count > first, total);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPartyLink>>> GetRelatedPartiesAsync(
        IReadOnlyCollection<string> entityIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var result = new Dictionary<string, IReadOnlyList<RelatedPartyLink>>(StringComparer.Ordinal);
        if (entityIds.Count == 0)
            return result;
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        foreach (var id in await ExistingAsync(entityIds, ct).ConfigureAwait(false))
        {
            var members = clusters.Members(clusters.CanonicalOf(id));
            var rows = await RunAsync(Statements.RelatedParties, new() { ["members"] = members.ToList() }, ct).ConfigureAwait(false);
            result[id] = rows.Rows.Select(r => new RelatedPartyLink(
                clusters.CanonicalOf(r.GetString("reporterId")),
                clusters.CanonicalOf(r.GetString("partyId")),
                r.GetNullableString("relationship"),
                r.GetString("filingId"))).ToList();
        }
        return result;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<SameAsLink>>> GetSameAsAsync(
        IReadOnlyCollection<string> entityIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var result = new Dictionary<string, IReadOnlyList<SameAsLink>>(StringComparer.Ordinal);
        if (entityIds.Count == 0)
            return result;
        // The active judgements are exactly what the clusters were built from, in order.
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        foreach (var id in await ExistingAsync(entityIds, ct).ConfigureAwait(false))
        {
            var members = clusters.Members(clusters.CanonicalOf(id)).ToHashSet(StringComparer.Ordinal);
            result[id] = clusters.ActiveLinks.Where(l => members.Contains(l.EntityId) || members.Contains(l.TargetId)).ToList();
        }
        return result;
    }
}
