using System.Globalization;
using Graph.Core.Model;
using Graph.Core.Resolution;
using Graph.Core.Storage;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Resolution;

namespace Graph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<SameAsLink> MergeAsync(
        string entityId, string targetId, string method, double score, string by, string? reason, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetId);
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var found = await ExistingAsync([entityId, targetId], ct).ConfigureAwait(false);
        foreach (var id in new[] { entityId, targetId })
        {
            if (!found.Contains(id))
                throw new KeyNotFoundException($"No entity with id '{id}'.");
        }
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        if (clusters.SameCluster(entityId, targetId))
            throw new InvalidOperationException($"'{entityId}' and '{targetId}' are already the same entity.");

        var at = DateTimeOffset.UtcNow;
        var link = new SameAsLink(
            "sa-" + EntityIds.ShortHash(entityId, targetId, at.UtcTicks.ToString(CultureInfo.InvariantCulture)),
            entityId, targetId, method, score, by, at, reason);
        var result = await RunAsync(Statements.Merge, new()
        {
            ["id"] = link.Id,
            ["entityId"] = entityId,
            ["targetId"] = targetId,
            ["method"] = method,
            ["score"] = score,
            ["by"] = by,
            ["at"] = FilingMapping.Time(at),
            ["reason"] = reason,
        }, ct).ConfigureAwait(false);
        if (result.Rows.Count != 1)
            throw new KeyNotFoundException($"'{entityId}' or '{targetId}' was removed while merging.");
        return link;
    }

    public async Task<bool> UnmergeAsync(string linkOrEntityId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(linkOrEntityId);
        // Judgements are kept with the time they were undone, never deleted.
        var result = await RunAsync(Statements.Unmerge, new()
        {
            ["key"] = linkOrEntityId,
            ["at"] = FilingMapping.Time(DateTimeOffset.UtcNow),
        }, ct).ConfigureAwait(false);
        return Single(result, "unmerge").GetInt64("undone") > 0;
    }

    public async Task<IReadOnlyList<MergeSuggestion>> SuggestMergesAsync(int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        var rows = await RunAsync(Statements.SuggestCandidates, new() { ["mergedAway"] = clusters.MergedAway.ToList() }, ct)
            .ConfigureAwait(false);
        return MergeSuggester.Suggest([.. rows.Rows.Select(EntityMapping.FromRow)], limit, ct);
    }
}
