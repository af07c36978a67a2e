using System.Globalization;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyDictionary<string, Filing>> GetFilingsAsync(IReadOnlyCollection<string> filingIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filingIds);
        var result = new Dictionary<string, Filing>(StringComparer.Ordinal);
        if (filingIds.Count == 0)
            return result;
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        var rows = await RunAsync(Statements.FilingsById, new() { ["ids"] = filingIds.Distinct().ToList() }, ct).ConfigureAwait(false);
        foreach (var row in rows.Rows)
        {
            var filing = FilingMapping.FromRow(row, clusters.CanonicalOf);
            result[filing.Id] = filing;
        }
        return result;
    }

    public async Task<Page<Filing>> ListFilingsAsync(string? reporterId, int first, string? after, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var cursor = after is null ? null : KeysetCursor.Decode(after, 2);
        long? afterYear = null;
        if (cursor is not null)
        {
            afterYear = long.TryParse(cursor[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var y)
                ? y
                : throw new ArgumentException("Invalid cursor: it does not belong to this listing.", nameof(after));
        }
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        List<string>? reporters = null;
        if (reporterId is not null)
        {
            if ((await ExistingAsync([reporterId], ct).ConfigureAwait(false)).Count == 0)
                return new Page<Filing>([], false, 0);
            reporters = [.. clusters.Members(clusters.CanonicalOf(reporterId))];
        }
        var page = await RunAsync(Statements.FilingsPage, new()
        {
            ["reporters"] = reporters,
            ["afterYear"] = afterYear,
            ["afterId"] = cursor?[1],
            ["take"] = first + 1,
        }, ct).ConfigureAwait(false);
        var total = Single(await RunAsync(Statements.FilingsCount, new() { ["reporters"] = reporters }, ct).ConfigureAwait(false), "count")
            .GetInt32("total");
        var filings = page.Rows.Select(r => FilingMapping.FromRow(r, clusters.CanonicalOf)).ToList();
        return new Page<Filing>(
            filings.Take(first).Select(f => new PageItem<Filing>(f, KeysetCursor.Encode(
                (f.FiscalYear ?? int.MinValue).ToString(CultureInfo.InvariantCulture), f.Id))).ToList(),
            filings.Count > first, total);
    }
}
