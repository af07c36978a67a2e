using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j.Export;

/// <summary>
/// Writes any store's raw graph as a Cypher script for Neo4j Browser or cypher-shell
/// (<c>cypher-shell -f load.cypher</c>): the store's schema, then batches of the
/// <c>Cypher/script-*.cypher</c> statements with their <c>$rows</c> written as literal lists, one
/// statement per batch, each ending in ';'. The result has the labels, types and properties the
/// Neo4j store writes, and running it twice changes nothing the second time. Values are
/// literals escaped by <see cref="CypherLiteral"/>; the statements themselves are fixed files,
/// linted like every other.
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

        var entities = await WriteBatchesAsync(output, store.ReadEntitiesAsync(ct), EntityMapping.ToRow, Statements.ScriptEntities, ct)
            .ConfigureAwait(false);

        var filings = await WriteBatchesAsync(output, store.ReadFilingsAsync(ct), f => new Dictionary<string, object?>
        {
            ["reporterId"] = f.ReporterId,
            ["props"] = FilingMapping.ToProperties(f),
        }, Statements.ScriptFilings, ct).ConfigureAwait(false);

        long seq = 0;
        var transactions = new List<Dictionary<string, object?>>();
        var balances = new List<Dictionary<string, object?>>();
        var edges = 0;
        await foreach (var e in store.ReadEdgesAsync(ct).ConfigureAwait(false))
        {
            var (rows, statement) = e.Category == EdgeCategory.Balance
                ? (balances, Statements.ScriptBalances)
                : (transactions, Statements.ScriptTransactions);
            rows.Add(EdgeMapping.ToRow(e, ++seq));
            edges++;
            if (rows.Count == Batch)
            {
                await WriteStatementAsync(output, statement, rows, ct).ConfigureAwait(false);
                rows.Clear();
            }
        }
        await WriteStatementAsync(output, Statements.ScriptTransactions, transactions, ct).ConfigureAwait(false);
        await WriteStatementAsync(output, Statements.ScriptBalances, balances, ct).ConfigureAwait(false);

        var related = await WriteBatchesAsync(output, store.ReadRelatedPartiesAsync(ct), l => new Dictionary<string, object?>
        {
            ["reporterId"] = l.ReporterId,
            ["partyId"] = l.PartyId,
            ["relationship"] = l.Relationship,
            ["filingId"] = l.FilingId,
            ["seq"] = ++seq,
        }, Statements.ScriptRelatedParties, ct).ConfigureAwait(false);

        var sameAs = await WriteBatchesAsync(output, store.ReadSameAsAsync(ct), s => new Dictionary<string, object?>
        {
            ["entityId"] = s.EntityId,
            ["targetId"] = s.TargetId,
            ["props"] = new Dictionary<string, object?>
            {
                ["id"] = s.Id, ["method"] = s.Method, ["score"] = s.Score, ["by"] = s.By,
                ["at"] = FilingMapping.Time(s.At), ["reason"] = s.Reason, ["active"] = true, ["seq"] = ++seq,
            },
        }, Statements.ScriptSameAs, ct).ConfigureAwait(false);

        await output.WriteLineAsync((Statements.Bind(Statements.ScriptGraphMeta, "seq", CypherLiteral.Of(seq)) + ";").AsMemory(), ct)
            .ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
        return new ScriptExportResult(entities, filings, edges, related, sameAs);
    }

    private static async Task<int> WriteBatchesAsync<T>(
        TextWriter output, IAsyncEnumerable<T> items, Func<T, Dictionary<string, object?>> toRow, string statement, CancellationToken ct)
    {
        var rows = new List<Dictionary<string, object?>>();
        var count = 0;
        await foreach (var item in items.ConfigureAwait(false))
        {
            rows.Add(toRow(item));
            count++;
            if (rows.Count == Batch)
            {
                await WriteStatementAsync(output, statement, rows, ct).ConfigureAwait(false);
                rows.Clear();
            }
        }
        await WriteStatementAsync(output, statement, rows, ct).ConfigureAwait(false);
        return count;
    }

    private static async Task WriteStatementAsync(TextWriter output, string statement, List<Dictionary<string, object?>> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
            return;
        // One row per line keeps long scripts readable and diffable.
        var literal = "[\n" + string.Join(",\n", rows.Select(r => "  " + CypherLiteral.Map(r))) + "\n]";
        await output.WriteLineAsync((Statements.Bind(statement, "rows", literal) + ";").AsMemory(), ct).ConfigureAwait(false);
    }
}

/// <summary>How much a Cypher script export wrote.</summary>
public sealed record ScriptExportResult(int Entities, int Filings, int Edges, int RelatedParties, int SameAs);
