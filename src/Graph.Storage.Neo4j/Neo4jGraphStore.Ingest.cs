using Graph.Core.Building;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IngestOutcome> IngestAsync(FilingGraph filing, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filing);
        FilingGraphValidator.Validate(filing);
        var filingId = filing.Filing.Id;

        // One explicit transaction: nothing is visible until the commit, and disposing it
        // uncommitted (any exception or cancellation below) rolls the whole filing back.
        await using var tx = await _runner.BeginTransactionAsync(ct).ConfigureAwait(false);
        var reserve = filing.Edges.Count + filing.RelatedParties.Count;
        var begin = Single(await tx.RunAsync(Statement(Statements.IngestBegin, new()
        {
            ["filingId"] = filingId,
            ["reserve"] = reserve,
        }), ct).ConfigureAwait(false), "ingest-begin");
        var seq = begin.GetInt64("base");
        var known = begin.GetBoolean("known");
        if (known && begin.GetNullableString("contentHash") == filing.Filing.ContentHash)
        {
            await tx.RollbackAsync(ct).ConfigureAwait(false);
            return new IngestOutcome(filingId, IngestStatus.Unchanged, 0, 0);
        }

        IReadOnlyList<string> touched = [];
        if (known)
        {
            var removed = await tx.RunAsync(Statement(Statements.IngestRemoveFilingContent, new() { ["filingId"] = filingId }), ct)
                .ConfigureAwait(false);
            touched = removed.Rows.Count == 0 ? [] : removed.Rows[0].GetStrings("touched");
        }

        var added = await WriteEntitiesAsync(tx, filing.Entities, ct).ConfigureAwait(false);
        var filed = await tx.RunAsync(Statement(Statements.IngestWriteFiling, new()
        {
            ["filingId"] = filingId,
            ["reporterId"] = filing.Filing.ReporterId,
            ["props"] = FilingMapping.ToProperties(filing.Filing),
        }), ct).ConfigureAwait(false);
        if (filed.Rows.Count == 0)
            throw UnknownEntity(filingId, [filing.Filing.ReporterId]);

        var transactions = new List<Dictionary<string, object?>>();
        var balances = new List<Dictionary<string, object?>>();
        foreach (var edge in filing.Edges)
            (edge.Category == EdgeCategory.Balance ? balances : transactions).Add(EdgeMapping.ToRow(edge, ++seq));
        await WriteRowsAsync(tx, Statements.IngestWriteTransactions, transactions, filing, ct).ConfigureAwait(false);
        await WriteRowsAsync(tx, Statements.IngestWriteBalances, balances, filing, ct).ConfigureAwait(false);

        var links = filing.RelatedParties.Select(l => new Dictionary<string, object?>
        {
            ["reporterId"] = l.ReporterId,
            ["partyId"] = l.PartyId,
            ["relationship"] = l.Relationship,
            ["filingId"] = filingId,
            ["seq"] = ++seq,
        }).ToList();
        await WriteRowsAsync(tx, Statements.IngestWriteRelatedParties, links, filing, ct).ConfigureAwait(false);

        if (touched.Count > 0)
            await tx.RunAsync(Statement(Statements.IngestDeleteOrphans, new() { ["ids"] = touched.Distinct().ToList() }), ct)
                .ConfigureAwait(false);

        await tx.CommitAsync(ct).ConfigureAwait(false);
        return new IngestOutcome(filingId, known ? IngestStatus.Replaced : IngestStatus.Added, added, filing.Edges.Count);
    }

    /// <summary>
    /// Each filing in its own transaction: the Query API's commit costs one round trip, far less
    /// than the statements of a filing, so one transaction per filing keeps failures apart at
    /// no real cost.
    /// </summary>
    public async Task<IngestBatchResult> IngestBatchAsync(IReadOnlyList<FilingGraph> filings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filings);
        var outcomes = new List<IngestOutcome>(filings.Count);
        var failures = new List<IngestFailure>();
        foreach (var filing in filings)
        {
            ct.ThrowIfCancellationRequested();
            ArgumentNullException.ThrowIfNull(filing, nameof(filings));
            try
            {
                outcomes.Add(await IngestAsync(filing, ct).ConfigureAwait(false));
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or Neo4jException)
            {
                failures.Add(new IngestFailure(filing.Filing?.Id ?? "(no id)", e.Message));
            }
        }
        return new IngestBatchResult(outcomes, failures);
    }

    /// <summary>Merges each entity into its stored version (as the embedded store does) and writes them; returns how many are new.</summary>
    private static async Task<int> WriteEntitiesAsync(ICypherTransaction tx, IReadOnlyList<Entity> entities, CancellationToken ct)
    {
        if (entities.Count == 0)
            return 0;
        var ids = entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList();
        var stored = (await tx.RunAsync(Statement(Statements.IngestReadEntities, new() { ["ids"] = ids }), ct).ConfigureAwait(false))
            .Rows.Select(EntityMapping.FromRow).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var added = ids.Count(id => !stored.ContainsKey(id));
        var merged = new Dictionary<string, Entity>(stored, StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var entity in entities)
        {
            if (merged.TryGetValue(entity.Id, out var known))
                merged[entity.Id] = EntityMerging.Merge(known, entity);
            else
                merged[entity.Id] = entity;
            if (!order.Contains(entity.Id))
                order.Add(entity.Id);
        }
        await tx.RunAsync(Statement(Statements.IngestWriteEntities, new()
        {
            ["rows"] = order.Select(id => EntityMapping.ToRow(merged[id])).ToList(),
        }), ct).ConfigureAwait(false);
        return added;
    }

    /// <summary>
    /// Writes rows whose statement MATCHes both ends: a row naming an entity that neither this
    /// filing nor the graph holds would be dropped silently, so the count is checked.
    /// </summary>
    private static async Task WriteRowsAsync(
        ICypherTransaction tx, string statement, List<Dictionary<string, object?>> rows, FilingGraph filing, CancellationToken ct)
    {
        if (rows.Count == 0)
            return;
        var result = await tx.RunAsync(Statement(statement, new() { ["rows"] = rows }), ct).ConfigureAwait(false);
        var written = Single(result, "write").GetInt64("written");
        if (written == rows.Count)
            return;
        var carried = filing.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var named = rows.SelectMany(r => new[] { r.GetValueOrDefault("fromId"), r.GetValueOrDefault("toId"), r.GetValueOrDefault("partyId") })
            .OfType<string>().Where(id => !carried.Contains(id)).Distinct().ToList();
        throw UnknownEntity(filing.Filing.Id, named);
    }

    private static InvalidOperationException UnknownEntity(string filingId, IReadOnlyCollection<string> candidates) => new(
        $"Filing '{filingId}' refers to an entity it does not carry and the store does not know"
        + (candidates.Count > 0 ? $" (one of: {string.Join(", ", candidates)})." : "."));

    private static CypherStatement Statement(string text, Dictionary<string, object?> parameters) => new(text, parameters);

    private static CypherRow Single(CypherResult result, string what) => result.Rows.Count == 1
        ? result.Rows[0]
        : throw new InvalidOperationException($"The {what} statement returned {result.Rows.Count} rows instead of one.");
}
