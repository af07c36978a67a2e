using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Storage.Contract;

/// <summary>
/// Everything a store holds, in a comparable form (ingest times excluded): two stores, or one
/// store before and after an operation, hold the same graph when their snapshots are equal.
/// </summary>
public sealed record Snapshot(string Entities, string Filings, string Edges, string RelatedParties, string SameAs, GraphStats Stats)
{
    public static async Task<Snapshot> TakeAsync(IGraphStore store, CancellationToken ct)
    {
        var entities = new List<string>();
        await foreach (var e in store.ReadEntitiesAsync(ct))
            entities.Add($"{e.Id}|{e.Name}|{e.Type}|{string.Join(",", e.Aliases.Order(StringComparer.Ordinal))}|{e.IsReporter}|{e.Cik}|{e.Placeholder}");
        var filings = new List<string>();
        await foreach (var f in store.ReadFilingsAsync(ct))
            filings.Add($"{f.Id}|{f.ReporterId}|{f.Form}|{f.FiscalYear}|{f.ContentHash}");
        var edges = new List<string>();
        await foreach (var e in store.ReadEdgesAsync(ct))
            edges.Add(e.ToString());
        var links = new List<string>();
        await foreach (var l in store.ReadRelatedPartiesAsync(ct))
            links.Add(l.ToString());
        var sameAs = new List<string>();
        await foreach (var s in store.ReadSameAsAsync(ct))
            sameAs.Add($"{s.EntityId}|{s.TargetId}|{s.Method}");
        var stats = await store.GetStatsAsync(ct);
        return new Snapshot(Join(entities), Join(filings), Join(edges), Join(links), Join(sameAs),
            stats with { EntitiesByType = new SortedDictionary<string, int>(stats.EntitiesByType.ToDictionary()) });
    }

    private static string Join(List<string> lines) => string.Join("\n", lines.Order(StringComparer.Ordinal));

    public bool Equals(Snapshot? other) =>
        other is not null && Entities == other.Entities && Filings == other.Filings && Edges == other.Edges
        && RelatedParties == other.RelatedParties && SameAs == other.SameAs
        && Stats with { EntitiesByType = null! } == other.Stats with { EntitiesByType = null! }
        && Stats.EntitiesByType.OrderBy(kv => kv.Key).SequenceEqual(other.Stats.EntitiesByType.OrderBy(kv => kv.Key));

    public override int GetHashCode() => HashCode.Combine(Entities, Filings, Edges);
}
