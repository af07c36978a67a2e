using System.Globalization;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Sqlite.Resolution;
using Graph.Storage.Sqlite.Sql;
using Graph.Storage.Sqlite.Traversal;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<Page<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var cursor = query.After is null ? null : KeysetCursor.Decode(query.After, 2);
        await using var connection = await OpenAsync(ct);
        var clusters = (await _snapshots.GetAsync(connection, withIndex: false, ct)).Clusters;

        IReadOnlyList<long>? members = null;
        if (query.EntityId is not null)
        {
            var found = await LookupAsync(connection, [query.EntityId], ct);
            if (found.Count == 0)
                return new Page<GraphEdge>([], false, 0);
            members = clusters.Members(clusters.CanonicalOf(found[query.EntityId]));
        }
        var reporters = await ReporterMembersAsync(connection, query.Filter, clusters, ct);

        // Unknown values sort lowest, so that keyset comparisons never meet a NULL.
        var (sortExpr, sortType) = query.Order.Field switch
        {
            EdgeOrderField.Amount => ("COALESCE(e.value, -1e308)", 'd'),
            EdgeOrderField.Kind => ("e.kind", 's'),
            _ => ("COALESCE(e.year, -2147483648)", 'i'),
        };
        var (dir, cmp) = query.Order.Descending ? ("DESC", "<") : ("ASC", ">");

        var rows = new List<(long, GraphEdge, object)>();
        int total;
        await using (var cmd = connection.Command(""))
        {
            var conditions = Conditions(cmd, query.Filter, reporters, members);
            var baseWhere = FilterSql.Where(conditions);
            if (cursor is not null)
            {
                conditions.Add($"({sortExpr}, e.id) {cmp} (@after_key, @after_id)");
                cmd.Add("@after_key", ParseKey(cursor[0], sortType));
                cmd.Add("@after_id", cursor[1]);
            }
            cmd.CommandText = $"{EdgeRows.Select(sortExpr)} {FilterSql.Where(conditions)} ORDER BY {sortExpr} {dir}, e.id {dir} LIMIT @take";
            cmd.Add("@take", query.First + 1);
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var (n, edge) = EdgeRows.Read(reader, clusters);
                    rows.Add((n, edge, reader.GetValue(EdgeRows.ExtraColumn)));
                }
            }
            cmd.CommandText = $"SELECT COUNT(*) FROM edges e {baseWhere}";
            total = Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        var page = rows.Take(query.First)
            .Select(r => new PageItem<GraphEdge>(r.Item2, KeysetCursor.Encode(FormatKey(r.Item3), r.Item2.Id)))
            .ToList();
        return new Page<GraphEdge>(page, rows.Count > query.First, total);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Counterparty>>> GetCounterpartiesAsync(
        IReadOnlyCollection<string> entityIds, EdgeFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(filter);
        var result = new Dictionary<string, IReadOnlyList<Counterparty>>(StringComparer.Ordinal);
        if (entityIds.Count == 0)
            return result;
        await using var connection = await OpenAsync(ct);
        var snapshot = await _snapshots.GetAsync(connection, withIndex: true, ct);
        var index = snapshot.Index!;
        var predicate = await PredicateAsync(connection, index, snapshot.Clusters, filter, ct);
        foreach (var (id, n) in await LookupAsync(connection, entityIds, ct))
        {
            // An entity without edges is not in the index, and has no counterparties.
            if (!index.NodeOf.TryGetValue(snapshot.Clusters.CanonicalOf(n), out var node))
            {
                result[id] = [];
                continue;
            }
            var totals = CounterpartyTotals.Sum(index, node, predicate);
            var entities = await LoadCanonicalEntitiesAsync(connection, totals.Keys, snapshot, ct);
            result[id] = CounterpartyList.From(totals, entities);
        }
        return result;
    }

    public async Task<IReadOnlyList<Change>> GetChangesAsync(string entityId, int fromYear, int toYear, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        await using var connection = await OpenAsync(ct);
        var snapshot = await _snapshots.GetAsync(connection, withIndex: false, ct);
        var clusters = snapshot.Clusters;
        var found = await LookupAsync(connection, [entityId], ct);
        if (found.Count == 0)
            return [];
        var canonical = clusters.CanonicalOf(found[entityId]);
        var totals = await SumByCounterpartyAsync(connection, clusters, canonical, EdgeFilter.None, null, [fromYear, toYear], ct);
        var entities = await LoadCanonicalEntitiesAsync(connection, totals.Keys, snapshot, ct);

        return YearChanges.Compare(totals, entities, fromYear, toYear);
    }

    public async Task<IReadOnlyDictionary<string, Filing>> GetFilingsAsync(IReadOnlyCollection<string> filingIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filingIds);
        var result = new Dictionary<string, Filing>(StringComparer.Ordinal);
        if (filingIds.Count == 0)
            return result;
        await using var connection = await OpenAsync(ct);
        var clusters = (await _snapshots.GetAsync(connection, withIndex: false, ct)).Clusters;
        await using var cmd = connection.Command($"{FilingSelect} WHERE f.id IN (SELECT value FROM json_each(@ids))");
        cmd.AddList("@ids", filingIds.Distinct());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var filing = ReadFiling(reader, clusters);
            result[filing.Id] = filing;
        }
        return result;
    }

    public async Task<Page<Filing>> ListFilingsAsync(string? reporterId, int first, string? after, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var cursor = after is null ? null : KeysetCursor.Decode(after, 2);
        await using var connection = await OpenAsync(ct);
        var clusters = (await _snapshots.GetAsync(connection, withIndex: false, ct)).Clusters;
        IReadOnlyList<long>? members = null;
        if (reporterId is not null)
        {
            var found = await LookupAsync(connection, [reporterId], ct);
            if (found.Count == 0)
                return new Page<Filing>([], false, 0);
            members = clusters.Members(clusters.CanonicalOf(found[reporterId]));
        }
        const string year = "COALESCE(f.fiscal_year, -2147483648)";
        var where = members is null ? "1 = 1" : "f.reporter_n IN (SELECT value FROM json_each(@reporters))";
        var filings = new List<Filing>();
        await using var cmd = connection.Command($"""
            {FilingSelect} WHERE {where}
              AND (@after_year IS NULL OR {year} < @after_year OR ({year} = @after_year AND f.id > @after_id))
            ORDER BY {year} DESC, f.id ASC LIMIT @take
            """);
        if (members is not null)
            cmd.AddList("@reporters", members);
        cmd.Add("@after_year", cursor is null ? null : long.Parse(cursor[0]!, CultureInfo.InvariantCulture));
        cmd.Add("@after_id", cursor?[1]);
        cmd.Add("@take", first + 1);
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                filings.Add(ReadFiling(reader, clusters));
        }
        cmd.CommandText = $"SELECT COUNT(*) FROM filings f WHERE {where}";
        var total = Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        return new Page<Filing>(
            filings.Take(first).Select(f => new PageItem<Filing>(f, KeysetCursor.Encode(
                (f.FiscalYear ?? int.MinValue).ToString(CultureInfo.InvariantCulture), f.Id))).ToList(),
            filings.Count > first, total);
    }

    private const string FilingSelect = """
        SELECT f.id, f.reporter_n, r.id, f.form, f.fiscal_year, f.period_end, f.source, f.content_hash, f.ingested_at
        FROM filings f JOIN entities r ON r.n = f.reporter_n
        """;

    private static Filing ReadFiling(SqliteDataReader r, ClusterMap clusters) => new()
    {
        Id = r.GetString(0),
        ReporterId = clusters.CanonicalId(r.GetInt64(1), r.GetString(2)),
        Form = r.StringOrNull(3),
        FiscalYear = r.IntOrNull(4),
        PeriodEnd = r.StringOrNull(5),
        Source = r.StringOrNull(6),
        ContentHash = r.StringOrNull(7),
        IngestedAt = DateTimeOffset.Parse(r.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
    };

    /// <summary>
    /// Sums of matching edges between one canonical entity and each counterparty, per kind, year
    /// and currency. Edges inside the entity's own cluster are not counterparty flows.
    /// </summary>
    private static async Task<Dictionary<long, List<KindYearTotal>>> SumByCounterpartyAsync(
        SqliteConnection connection, ClusterMap clusters, long canonical, EdgeFilter filter,
        IReadOnlyCollection<long>? reporters, IReadOnlyList<int>? years, CancellationToken ct)
    {
        var members = clusters.Members(canonical);
        var memberSet = members.ToHashSet();
        var sums = new Dictionary<(long Other, string Kind, int? Year, string? Currency), (decimal Amount, int Count)>();
        await using var cmd = connection.Command("");
        var conditions = Conditions(cmd, filter, reporters, members);
        if (years is not null)
        {
            conditions.Add("e.year IN (SELECT value FROM json_each(@years))");
            cmd.AddList("@years", years);
        }
        cmd.CommandText = $"""
            SELECT e.from_n, e.to_n, e.kind, e.year, e.currency, SUM(e.value), COUNT(*)
            FROM edges e {FilterSql.Where(conditions)}
            GROUP BY e.from_n, e.to_n, e.kind, e.year, e.currency
            """;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var from = reader.GetInt64(0);
            var to = reader.GetInt64(1);
            var inFrom = memberSet.Contains(from);
            var inTo = memberSet.Contains(to);
            if (inFrom && inTo)
                continue;
            var other = clusters.CanonicalOf(inFrom ? to : from);
            var key = (other, reader.GetString(2), reader.IntOrNull(3), reader.StringOrNull(4));
            var amount = reader.IsDBNull(5) ? 0m : SqliteExtensions.ToDecimal(reader.GetDouble(5));
            var count = reader.GetInt32(6);
            sums[key] = sums.TryGetValue(key, out var s) ? (s.Amount + amount, s.Count + count) : (amount, count);
        }
        return sums
            .GroupBy(s => s.Key.Other)
            .ToDictionary(g => g.Key, g => g.Select(s => new KindYearTotal(s.Key.Kind, s.Key.Year, s.Key.Currency, s.Value.Amount, s.Value.Count)).ToList());
    }

    private static List<string> Conditions(SqliteCommand cmd, EdgeFilter filter, IReadOnlyCollection<long>? reporters, IReadOnlyList<long>? members)
    {
        var conditions = FilterSql.Conditions(cmd, filter, reporters);
        if (members is not null)
        {
            // Two IN lists joined by OR let SQLite use both endpoint indexes.
            conditions.Add("(e.from_n IN (SELECT value FROM json_each(@members)) OR e.to_n IN (SELECT value FROM json_each(@members)))");
            cmd.AddList("@members", members);
        }
        return conditions;
    }

    /// <summary>The ReportedBy filter expanded to every member of each named reporter's cluster.</summary>
    private static async Task<IReadOnlyCollection<long>?> ReporterMembersAsync(
        SqliteConnection connection, EdgeFilter filter, ClusterMap clusters, CancellationToken ct)
    {
        if (filter.ReportedBy is not { Count: > 0 } ids)
            return null;
        var found = await LookupAsync(connection, ids, ct);
        return found.Values.SelectMany(n => clusters.Members(clusters.CanonicalOf(n))).Distinct().ToList();
    }

    private static string FormatKey(object key) => key switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => (string)key,
    };

    private static object ParseKey(string? text, char type)
    {
        try
        {
            return type switch
            {
                'd' => double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture),
                'i' => long.Parse(text!, CultureInfo.InvariantCulture),
                _ => text ?? "",
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentNullException)
        {
            throw new ArgumentException("Invalid cursor: it does not belong to this ordering.", e);
        }
    }
}
