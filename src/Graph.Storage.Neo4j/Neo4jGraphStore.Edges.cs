using System.Globalization;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Resolution;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<Page<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var cursor = query.After is null ? null : KeysetCursor.Decode(query.After, 2);
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);

        List<string>? members = null;
        if (query.EntityId is not null)
        {
            if ((await ExistingAsync([query.EntityId], ct).ConfigureAwait(false)).Count == 0)
                return new Page<GraphEdge>([], false, 0);
            members = [.. clusters.Members(clusters.CanonicalOf(query.EntityId))];
        }
        var reporters = await ReporterMembersAsync(query.Filter, clusters, ct).ConfigureAwait(false);
        var filter = FilterParameters.Of(query.Filter, reporters).With(("members", members));

        var (field, parse) = query.Order.Field switch
        {
            EdgeOrderField.Amount => ("amount", (Func<string, object>)(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture))),
            EdgeOrderField.Kind => ("kind", s => s),
            _ => ("year", s => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture)),
        };
        object? afterKey = null;
        if (cursor is not null)
        {
            try
            {
                afterKey = parse(cursor[0] ?? throw new FormatException());
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                throw new ArgumentException("Invalid cursor: it does not belong to this ordering.", nameof(query), e);
            }
        }

        // Separate statements for "every edge" and "edges of one cluster", so that each is planned
        // for its case: a relationship scan, or index seeks on the cluster's ids.
        var (statement, count) = (members is null, query.Order.Descending) switch
        {
            (true, true) => (Statements.EdgesPageDescending, Statements.EdgesCount),
            (true, false) => (Statements.EdgesPageAscending, Statements.EdgesCount),
            (false, true) => (Statements.EntityEdgesPageDescending, Statements.EntityEdgesCount),
            (false, false) => (Statements.EntityEdgesPageAscending, Statements.EntityEdgesCount),
        };
        var page = await RunAsync(statement, filter.With(
            ("orderField", field), ("afterKey", afterKey), ("afterId", cursor?[1]), ("take", query.First + 1)), ct).ConfigureAwait(false);
        var total = Single(await RunAsync(count, filter, ct).ConfigureAwait(false), "count").GetInt32("total");

        var rows = page.Rows.Select(r => (Edge: EdgeMapping.FromMap(r.GetMap("edge"), clusters.CanonicalOf).Edge, Key: r["key"])).ToList();
        return new Page<GraphEdge>(
            rows.Take(query.First).Select(r => new PageItem<GraphEdge>(r.Edge, KeysetCursor.Encode(FormatKey(r.Key), r.Edge.Id))).ToList(),
            rows.Count > query.First, total);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Counterparty>>> GetCounterpartiesAsync(
        IReadOnlyCollection<string> entityIds, EdgeFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(filter);
        var result = new Dictionary<string, IReadOnlyList<Counterparty>>(StringComparer.Ordinal);
        if (entityIds.Count == 0)
            return result;
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        var reporters = await ReporterMembersAsync(filter, clusters, ct).ConfigureAwait(false);
        foreach (var id in await ExistingAsync(entityIds, ct).ConfigureAwait(false))
        {
            var totals = await SumByCounterpartyAsync(clusters, clusters.CanonicalOf(id), filter, reporters, years: null, ct).ConfigureAwait(false);
            var entities = await LoadCanonicalEntitiesAsync(totals.Keys, clusters, ct).ConfigureAwait(false);
            result[id] = CounterpartyList.From(totals, entities);
        }
        return result;
    }

    public async Task<IReadOnlyList<Change>> GetChangesAsync(string entityId, int fromYear, int toYear, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        var clusters = await LoadClustersAsync(ct).ConfigureAwait(false);
        if ((await ExistingAsync([entityId], ct).ConfigureAwait(false)).Count == 0)
            return [];
        var totals = await SumByCounterpartyAsync(clusters, clusters.CanonicalOf(entityId), EdgeFilter.None, null, [fromYear, toYear], ct)
            .ConfigureAwait(false);
        var entities = await LoadCanonicalEntitiesAsync(totals.Keys, clusters, ct).ConfigureAwait(false);

        return YearChanges.Compare(totals, entities, fromYear, toYear);
    }

    /// <summary>
    /// Sums of matching edges between one cluster and each counterparty's cluster, per kind, year
    /// and currency. Cypher sums per raw pair; pairs are folded into clusters here. Edges inside
    /// the entity's own cluster are not counterparty flows.
    /// </summary>
    private async Task<Dictionary<string, List<KindYearTotal>>> SumByCounterpartyAsync(
        SameAsClusters clusters, string canonical, EdgeFilter filter, IReadOnlyCollection<string>? reporters,
        IReadOnlyList<int>? years, CancellationToken ct)
    {
        var members = clusters.Members(canonical);
        var memberSet = members.ToHashSet(StringComparer.Ordinal);
        var rows = await RunAsync(Statements.CounterpartySums, FilterParameters.Of(filter, reporters).With(
            ("members", members.ToList()), ("years", years?.ToList())), ct).ConfigureAwait(false);
        var sums = new Dictionary<(string Other, string Kind, int? Year, string? Currency), (decimal Amount, int Count)>();
        foreach (var row in rows.Rows)
        {
            var from = row.GetString("fromId");
            var to = row.GetString("toId");
            var inFrom = memberSet.Contains(from);
            var inTo = memberSet.Contains(to);
            if (inFrom && inTo)
                continue;
            var key = (clusters.CanonicalOf(inFrom ? to : from), row.GetString("kind"), row.GetNullableInt32("year"), row.GetNullableString("currency"));
            var amount = row.GetNullableDecimal("amount") ?? 0m;
            var count = row.GetInt32("edges");
            sums[key] = sums.TryGetValue(key, out var s) ? (s.Amount + amount, s.Count + count) : (amount, count);
        }
        return sums
            .GroupBy(s => s.Key.Other, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => new KindYearTotal(s.Key.Kind, s.Key.Year, s.Key.Currency, s.Value.Amount, s.Value.Count)).ToList(),
                StringComparer.Ordinal);
    }

    private static string FormatKey(object? key) => key switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        string s => s,
        _ => throw new InvalidOperationException($"Unexpected sort key {key ?? "null"}."),
    };
}
