using System.Runtime.CompilerServices;
using Graph.Core.Model;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // Each Query API call carries its whole result in one body: the raw graph is read in keyset pages.
    private const int ExportPage = 2000;

    public async IAsyncEnumerable<Entity> ReadEntitiesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var row in PagesAsync(Statements.ExportEntities, "afterId", null, r => r.GetString("id"), ct).ConfigureAwait(false))
            yield return EntityMapping.FromRow(row);
    }

    public async IAsyncEnumerable<Filing> ReadFilingsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var row in PagesAsync(Statements.ExportFilings, "afterId", null, r => r.GetString("id"), ct).ConfigureAwait(false))
            yield return FilingMapping.FromRow(row, id => id);
    }

    public async IAsyncEnumerable<GraphEdge> ReadEdgesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var row in PagesAsync(Statements.ExportEdges, "afterSeq", -1L,
            r => CypherValues.AsInt64(r.GetMap("edge").GetValueOrDefault("seq")), ct).ConfigureAwait(false))
            yield return EdgeMapping.FromMap(row.GetMap("edge"), id => id).Edge;
    }

    public async IAsyncEnumerable<RelatedPartyLink> ReadRelatedPartiesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var row in PagesAsync(Statements.ExportRelatedParties, "afterSeq", -1L, r => r.GetInt64("seq"), ct).ConfigureAwait(false))
            yield return new RelatedPartyLink(row.GetString("reporterId"), row.GetString("partyId"), row.GetNullableString("relationship"), row.GetString("filingId"));
    }

    public async IAsyncEnumerable<SameAsLink> ReadSameAsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var link in (await LoadClustersAsync(ct).ConfigureAwait(false)).ActiveLinks)
            yield return link;
    }

    /// <summary>Rows of a keyset-paged statement: <paramref name="keyName"/> carries the last row's key into the next page.</summary>
    private async IAsyncEnumerable<CypherRow> PagesAsync(
        string statement, string keyName, object? start, Func<CypherRow, object?> keyOf, [EnumeratorCancellation] CancellationToken ct)
    {
        var after = start;
        while (true)
        {
            var page = await RunAsync(statement, new() { [keyName] = after, ["take"] = ExportPage }, ct).ConfigureAwait(false);
            foreach (var row in page.Rows)
                yield return row;
            if (page.Rows.Count < ExportPage)
                yield break;
            after = keyOf(page.Rows[^1]);
        }
    }
}
