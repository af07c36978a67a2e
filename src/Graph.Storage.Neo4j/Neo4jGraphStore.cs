using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Resolution;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j;

/// <summary>
/// The graph in Neo4j: <c>(:Entity:Company|:Person|…)</c>, <c>(:Filing)-[:FILED_BY]-&gt;(:Entity)</c>,
/// <c>[:TRANSACTION]</c>, <c>[:BALANCE]</c>, <c>[:RELATED_PARTY]</c> and <c>[:SAME_AS]</c>, reached through an
/// <see cref="ICypherRunner"/>. Behaves like the embedded store: one transaction per filing, the
/// same idempotence, reads through SAME_AS clusters, the same orderings and cursors.
/// SAME_AS clusters are small and few, so each read rebuilds them from the active judgements
/// (one statement) and hands Cypher the expanded member ids.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly ICypherRunner _runner;
    private readonly bool _ownsRunner;

    /// <param name="runner">The transport.</param>
    /// <param name="ownsRunner">Dispose the runner with the store.</param>
    public Neo4jGraphStore(ICypherRunner runner, bool ownsRunner = true)
    {
        _runner = runner ?? throw new ArgumentNullException(nameof(runner));
        _ownsRunner = ownsRunner;
    }

    /// <summary>A store over the HTTP Query API.</summary>
    public static Neo4jGraphStore Connect(Neo4jSettings settings) => new(new QueryApiRunner(settings));

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        // Schema statements cannot share a transaction with writes: each runs on its own.
        foreach (var statement in Statements.Schema)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await _runner.RunAsync(new CypherStatement(statement), ct).ConfigureAwait(false);
                    break;
                }
                catch (Neo4jException e) when (attempt < 3 && IsSchemaRace(e))
                {
                    // Two processes starting together (the API and an ingest) may both create the
                    // same index; the loser's retry then finds it and IF NOT EXISTS passes.
                    await Task.Delay(TimeSpan.FromMilliseconds(300 * attempt), ct).ConfigureAwait(false);
                }
            }
        }
        await BackfillNameKeysAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Gives entities written before they carried matching keys their keys, a batch at a time.</summary>
    private async Task BackfillNameKeysAsync(CancellationToken ct)
    {
        const int batch = 5000;
        while (true)
        {
            var result = await RunAsync(Statements.EntitiesWithoutNameKeys, new() { ["take"] = batch }, ct).ConfigureAwait(false);
            if (result.Rows.Count == 0)
                return;
            var rows = result.Rows.Select(EntityMapping.FromRow)
                .Select(e => new Dictionary<string, object?> { ["id"] = e.Id, ["nameKeyText"] = EntityMapping.NameKeyText(e) })
                .ToList();
            await RunAsync(Statements.SetNameKeys, new() { ["rows"] = rows }, ct).ConfigureAwait(false);
            if (result.Rows.Count < batch)
                return;
        }
    }

    private static bool IsSchemaRace(Neo4jException e) =>
        e.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
        || e.Code.StartsWith("Neo.ClientError.Schema.", StringComparison.Ordinal);

    public ValueTask DisposeAsync() => _ownsRunner ? _runner.DisposeAsync() : ValueTask.CompletedTask;

    private Task<CypherResult> RunAsync(string statement, Dictionary<string, object?> parameters, CancellationToken ct) =>
        _runner.RunAsync(new CypherStatement(statement, parameters), ct);

    private async Task<SameAsClusters> LoadClustersAsync(CancellationToken ct)
    {
        var result = await RunAsync(Statements.ReadSameAs, [], ct).ConfigureAwait(false);
        return new SameAsClusters([.. result.Rows.Select(SameAsMapping.FromRow)]);
    }

    /// <summary>The requested ids that exist.</summary>
    private async Task<HashSet<string>> ExistingAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var list = ids.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
            return new HashSet<string>(StringComparer.Ordinal);
        var result = await RunAsync(Statements.ReadEntities, new() { ["ids"] = list }, ct).ConfigureAwait(false);
        return result.Rows.Select(r => r.GetString("id")).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Canonical entities with their cluster members' names, aliases and identifiers folded in.</summary>
    private async Task<Dictionary<string, Entity>> LoadCanonicalEntitiesAsync(
        IEnumerable<string> canonicalIds, SameAsClusters clusters, CancellationToken ct)
    {
        var wanted = canonicalIds.Distinct(StringComparer.Ordinal).ToList();
        var all = wanted.SelectMany(clusters.Members).Distinct(StringComparer.Ordinal).ToList();
        var rows = new Dictionary<string, Entity>(StringComparer.Ordinal);
        if (all.Count > 0)
        {
            var result = await RunAsync(Statements.ReadEntities, new() { ["ids"] = all }, ct).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                var entity = EntityMapping.FromRow(row);
                rows[entity.Id] = entity;
            }
        }
        var merged = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var id in wanted)
        {
            if (!rows.TryGetValue(id, out var entity))
                continue;
            foreach (var member in clusters.Members(id))
            {
                if (member != id && rows.TryGetValue(member, out var other))
                    entity = EntityMerging.Merge(entity, other with { Type = entity.Type });
            }
            merged[id] = entity;
        }
        return merged;
    }

    /// <summary>The ReportedBy filter expanded to every member of each named reporter's cluster; null for none.</summary>
    private async Task<IReadOnlyCollection<string>?> ReporterMembersAsync(EdgeFilter filter, SameAsClusters clusters, CancellationToken ct)
    {
        if (filter.ReportedBy is not { Count: > 0 } ids)
            return null;
        var found = await ExistingAsync(ids, ct).ConfigureAwait(false);
        return found.SelectMany(id => clusters.Members(clusters.CanonicalOf(id))).Distinct(StringComparer.Ordinal).ToList();
    }
}
