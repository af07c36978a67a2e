using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j.Export;

/// <summary>
/// Writes any store's raw graph as a Cypher script for Neo4j Browser or cypher-shell
/// (<c>cypher-shell -f load.cypher</c>): the store's schema, then batches of
/// <c>UNWIND [literal rows] … MERGE</c>, one statement per batch, each ending in ';'. The result has
/// the same labels, types and properties as the Neo4j store writes, and running it twice changes
/// nothing the second time. Values are literals escaped by <see cref="CypherLiteral"/>.
/// </summary>
public sealed class CypherScriptExporter
{
    private const int Batch = 500;

    public async Task<ScriptExportResult> ExportAsync(IGraphStore store, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        output.NewLine = "\n";
        await output.WriteLineAsync("// Graph export: the related-party graph as Cypher. Run with cypher-shell -f, or paste into Neo4j Browser.".AsMemory(), ct)
            .ConfigureAwait(false);
        foreach (var statement in Statements.Schema)
            await output.WriteLineAsync((statement + ";").AsMemory(), ct).ConfigureAwait(false);

        var entities = 0;
        var byLabel = new Dictionary<string, List<Dictionary<string, object?>>>(StringComparer.Ordinal);
        await foreach (var e in store.ReadEntitiesAsync(ct).ConfigureAwait(false))
        {
            var label = EntityLabels.ForType(e.Type) ?? "";
            if (!byLabel.TryGetValue(label, out var rows))
                byLabel[label] = rows = [];
            rows.Add(EntityMapping.ToRow(e));
            entities++;
            if (rows.Count == Batch)
            {
                await WriteEntitiesAsync(output, label, rows, ct).ConfigureAwait(false);
                rows.Clear();
            }
        }
        foreach (var (label, rows) in byLabel.Where(kv => kv.Value.Count > 0))
            await WriteEntitiesAsync(output, label, rows, ct).ConfigureAwait(false);

        var filings = await WriteBatchesAsync(output, store.ReadFilingsAsync(ct), f => new Dictionary<string, object?>
        {
            ["reporterId"] = f.ReporterId,
            ["props"] = FilingMapping.ToProperties(f),
        }, """
            MATCH (r:Entity {id: row.reporterId})
            MERGE (f:Filing {id: row.props.id})
            SET f = row.props
            MERGE (f)-[:FILED_BY]->(r)
            """, ct).ConfigureAwait(false);

        long seq = 0;
        var transactions = new List<Dictionary<string, object?>>();
        var balances = new List<Dictionary<string, object?>>();
        var edges = 0;
        await foreach (var e in store.ReadEdgesAsync(ct).ConfigureAwait(false))
        {
            var rows = e.Category == EdgeCategory.Balance ? balances : transactions;
            rows.Add(EdgeMapping.ToRow(e, ++seq));
            edges++;
            if (rows.Count == Batch)
            {
                await WriteEdgesAsync(output, rows == balances, rows, ct).ConfigureAwait(false);
                rows.Clear();
            }
        }
        await WriteEdgesAsync(output, false, transactions, ct).ConfigureAwait(false);
        await WriteEdgesAsync(output, true, balances, ct).ConfigureAwait(false);

        var related = await WriteBatchesAsync(output, store.ReadRelatedPartiesAsync(ct), l => new Dictionary<string, object?>
        {
            ["reporterId"] = l.ReporterId,
            ["partyId"] = l.PartyId,
            ["relationship"] = l.Relationship,
            ["filingId"] = l.FilingId,
            ["seq"] = ++seq,
        }, """
            MATCH (r:Entity {id: row.reporterId})
            MATCH (p:Entity {id: row.partyId})
            MERGE (r)-[rp:RELATED_PARTY {filingId: row.filingId}]->(p)
            SET rp.relationship = row.relationship, rp.seq = row.seq
            """, ct).ConfigureAwait(false);

        var sameAs = await WriteBatchesAsync(output, store.ReadSameAsAsync(ct), s => new Dictionary<string, object?>
        {
            ["entityId"] = s.EntityId,
            ["targetId"] = s.TargetId,
            ["props"] = new Dictionary<string, object?>
            {
                ["id"] = s.Id, ["method"] = s.Method, ["score"] = s.Score, ["by"] = s.By,
                ["at"] = FilingMapping.Time(s.At), ["reason"] = s.Reason, ["active"] = true, ["seq"] = ++seq,
            },
        }, """
            MATCH (a:Entity {id: row.entityId})
            MATCH (b:Entity {id: row.targetId})
            MERGE (a)-[s:SAME_AS {id: row.props.id}]->(b)
            SET s = row.props
            """, ct).ConfigureAwait(false);

        await output.WriteLineAsync(
            $"MERGE (m:GraphMeta {{id: 'graph'}}) SET m.seq = CASE WHEN coalesce(m.seq, 0) > {seq} THEN m.seq ELSE {seq} END;".AsMemory(), ct)
            .ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
        return new ScriptExportResult(entities, filings, edges, related, sameAs);
    }

    private static Task WriteEntitiesAsync(TextWriter output, string label, List<Dictionary<string, object?>> rows, CancellationToken ct)
    {
        // The label is one of EntityLabels' fixed names (or none), never text from the graph.
        var setLabel = label.Length == 0 ? "" : $"\nSET e:{label}";
        return WriteStatementAsync(output, rows, $$"""
            MERGE (e:Entity {id: row.id})
            SET e = row{{setLabel}}
            """, ct);
    }

    private static Task WriteEdgesAsync(TextWriter output, bool balance, List<Dictionary<string, object?>> rows, CancellationToken ct) =>
        rows.Count == 0 ? Task.CompletedTask : WriteStatementAsync(output, rows, $$"""
            MATCH (a:Entity {id: row.fromId})
            MATCH (b:Entity {id: row.toId})
            MERGE (a)-[r:{{(balance ? EdgeMapping.BalanceType : EdgeMapping.TransactionType)}} {id: row.props.id}]->(b)
            SET r = row.props
            """, ct);

    private static async Task<int> WriteBatchesAsync<T>(
        TextWriter output, IAsyncEnumerable<T> items, Func<T, Dictionary<string, object?>> toRow, string body, CancellationToken ct)
    {
        var rows = new List<Dictionary<string, object?>>();
        var count = 0;
        await foreach (var item in items.ConfigureAwait(false))
        {
            rows.Add(toRow(item));
            count++;
            if (rows.Count == Batch)
            {
                await WriteStatementAsync(output, rows, body, ct).ConfigureAwait(false);
                rows.Clear();
            }
        }
        if (rows.Count > 0)
            await WriteStatementAsync(output, rows, body, ct).ConfigureAwait(false);
        return count;
    }

    private static async Task WriteStatementAsync(TextWriter output, List<Dictionary<string, object?>> rows, string body, CancellationToken ct)
    {
        await output.WriteLineAsync("UNWIND [".AsMemory(), ct).ConfigureAwait(false);
        for (var i = 0; i < rows.Count; i++)
            await output.WriteLineAsync(("  " + CypherLiteral.Map(rows[i]) + (i < rows.Count - 1 ? "," : "")).AsMemory(), ct).ConfigureAwait(false);
        await output.WriteLineAsync(("] AS row\n" + body.Replace("\r\n", "\n", StringComparison.Ordinal) + ";").AsMemory(), ct).ConfigureAwait(false);
    }
}

/// <summary>How much a Cypher script export wrote.</summary>
public sealed record ScriptExportResult(int Entities, int Filings, int Edges, int RelatedParties, int SameAs);
