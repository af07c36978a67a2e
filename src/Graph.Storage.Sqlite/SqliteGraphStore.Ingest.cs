using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<IngestOutcome> IngestAsync(FilingGraph filing, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filing);
        FilingGraphValidator.Validate(filing);

        await using var connection = await OpenAsync(ct);
        // IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking on upgrade.
        await using var tx = connection.BeginTransaction(deferred: false);

        var (existingN, existingHash) = await FindFilingAsync(connection, tx, filing.Filing.Id, ct);
        if (existingN is not null && existingHash == filing.Filing.ContentHash)
            return new IngestOutcome(filing.Filing.Id, IngestStatus.Unchanged, 0, 0);

        IReadOnlyCollection<long> previouslyTouched = [];
        if (existingN is { } oldN)
            previouslyTouched = await RemoveFilingContentAsync(connection, tx, oldN, ct);

        var (entityNs, added) = await UpsertEntitiesAsync(connection, tx, filing.Entities, ct);
        var reporterN = await EntityNAsync(connection, tx, entityNs, filing.Filing.ReporterId, ct);
        var filingN = await WriteFilingAsync(connection, tx, existingN, filing.Filing, reporterN, ct);
        var written = await InsertEdgesAsync(connection, tx, filing.Edges, filingN, entityNs, ct);
        await InsertRelatedPartiesAsync(connection, tx, filing.RelatedParties, filingN, entityNs, ct);
        if (previouslyTouched.Count > 0)
            await DeleteOrphansAsync(connection, tx, previouslyTouched, ct);
        await BumpVersionAsync(connection, tx, ct);

        // Nothing is visible until here: a failure or cancellation above rolls the whole filing back.
        await tx.CommitAsync(ct);
        return new IngestOutcome(
            filing.Filing.Id, existingN is null ? IngestStatus.Added : IngestStatus.Replaced, added, written);
    }

    private static async Task<(long? N, string? Hash)> FindFilingAsync(
        SqliteConnection connection, SqliteTransaction tx, string id, CancellationToken ct)
    {
        await using var cmd = connection.Command("SELECT n, content_hash FROM filings WHERE id = @id", tx);
        cmd.Add("@id", id);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.StringOrNull(1)) : (null, null);
    }

    /// <summary>Deletes a filing's edges and links; returns the entities they touched.</summary>
    private static async Task<IReadOnlyCollection<long>> RemoveFilingContentAsync(
        SqliteConnection connection, SqliteTransaction tx, long filingN, CancellationToken ct)
    {
        var touched = new HashSet<long>();
        await using (var cmd = connection.Command("""
            SELECT from_n FROM edges WHERE filing_n = @f UNION SELECT to_n FROM edges WHERE filing_n = @f
            UNION SELECT party_n FROM related_parties WHERE filing_n = @f
            UNION SELECT reporter_n FROM filings WHERE n = @f
            """, tx))
        {
            cmd.Add("@f", filingN);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                touched.Add(reader.GetInt64(0));
        }
        await using (var cmd = connection.Command(
            "DELETE FROM edges WHERE filing_n = @f; DELETE FROM related_parties WHERE filing_n = @f;", tx))
        {
            cmd.Add("@f", filingN);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return touched;
    }

    /// <summary>
    /// Entities that only the replaced version of a filing mentioned, and that nothing else
    /// refers to, go with it: a corrected filing leaves the graph as if only the correction
    /// had been ingested.
    /// </summary>
    private static async Task DeleteOrphansAsync(
        SqliteConnection connection, SqliteTransaction tx, IReadOnlyCollection<long> candidates, CancellationToken ct)
    {
        await using var cmd = connection.Command("""
            DELETE FROM entities WHERE n IN (SELECT value FROM json_each(@ns))
              AND NOT EXISTS (SELECT 1 FROM edges WHERE from_n = entities.n)
              AND NOT EXISTS (SELECT 1 FROM edges WHERE to_n = entities.n)
              AND NOT EXISTS (SELECT 1 FROM related_parties WHERE party_n = entities.n OR reporter_n = entities.n)
              AND NOT EXISTS (SELECT 1 FROM filings WHERE reporter_n = entities.n)
              AND NOT EXISTS (SELECT 1 FROM same_as WHERE entity_n = entities.n OR target_n = entities.n)
            """, tx);
        cmd.AddList("@ns", candidates);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<(Dictionary<string, long> Ns, int Added)> UpsertEntitiesAsync(
        SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<Entity> entities, CancellationToken ct)
    {
        // One query finds every entity the filing names that the store already knows.
        var known = new Dictionary<string, (long N, Entity Entity)>(StringComparer.Ordinal);
        await using (var find = connection.Command(
            $"SELECT {EntityRows.Columns} FROM entities e WHERE e.id IN (SELECT value FROM json_each(@ids))", tx))
        {
            find.AddList("@ids", entities.Select(e => e.Id));
            await using var reader = await find.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var row = EntityRows.Read(reader);
                known[row.Entity.Id] = row;
            }
        }

        var ns = new Dictionary<string, long>(StringComparer.Ordinal);
        var added = 0;
        SqliteCommand? insert = null;
        SqliteCommand? update = null;
        try
        {
            foreach (var entity in entities)
            {
                ct.ThrowIfCancellationRequested();
                if (ns.ContainsKey(entity.Id))
                    continue;
                if (!known.TryGetValue(entity.Id, out var row))
                {
                    insert ??= connection.Command("""
                        INSERT INTO entities (id, name, type, aliases, is_reporter, cik, lei, jurisdiction, placeholder, search)
                        VALUES (@id, @name, @type, @aliases, @is_reporter, @cik, @lei, @jurisdiction, @placeholder, @search)
                        RETURNING n
                        """, tx);
                    insert.Parameters.Clear();
                    EntityRows.Bind(insert, entity);
                    ns[entity.Id] = (long)(await insert.ExecuteScalarAsync(ct))!;
                    added++;
                    continue;
                }

                ns[entity.Id] = row.N;
                var merged = EntityMerging.Merge(row.Entity, entity);
                if (merged with { Aliases = row.Entity.Aliases } == row.Entity && merged.Aliases.SequenceEqual(row.Entity.Aliases))
                    continue;
                update ??= connection.Command("""
                    UPDATE entities SET name = @name, type = @type, aliases = @aliases, is_reporter = @is_reporter,
                        cik = @cik, lei = @lei, jurisdiction = @jurisdiction, placeholder = @placeholder, search = @search
                    WHERE id = @id
                    """, tx);
                update.Parameters.Clear();
                EntityRows.Bind(update, merged);
                await update.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (insert is not null)
                await insert.DisposeAsync();
            if (update is not null)
                await update.DisposeAsync();
        }
        return (ns, added);
    }

    // Edges may name entities written by earlier filings rather than carried in this one.
    private static async Task<long> EntityNAsync(
        SqliteConnection connection, SqliteTransaction tx, Dictionary<string, long> ns, string id, CancellationToken ct)
    {
        if (ns.TryGetValue(id, out var n))
            return n;
        await using var cmd = connection.Command("SELECT n FROM entities WHERE id = @id", tx);
        cmd.Add("@id", id);
        var found = await cmd.ExecuteScalarAsync(ct)
            ?? throw new InvalidOperationException($"The filing refers to entity '{id}', which it does not carry and the store does not know.");
        ns[id] = (long)found;
        return (long)found;
    }

    private static async Task<long> WriteFilingAsync(
        SqliteConnection connection, SqliteTransaction tx, long? existingN, Filing filing, long reporterN, CancellationToken ct)
    {
        await using var cmd = connection.Command(existingN is null
            ? """
              INSERT INTO filings (id, reporter_n, form, fiscal_year, period_end, source, content_hash, ingested_at)
              VALUES (@id, @reporter, @form, @year, @period_end, @source, @hash, @at) RETURNING n
              """
            : """
              UPDATE filings SET reporter_n = @reporter, form = @form, fiscal_year = @year, period_end = @period_end,
                  source = @source, content_hash = @hash, ingested_at = @at
              WHERE id = @id RETURNING n
              """, tx);
        cmd.Add("@id", filing.Id);
        cmd.Add("@reporter", reporterN);
        cmd.Add("@form", filing.Form);
        cmd.Add("@year", filing.FiscalYear);
        cmd.Add("@period_end", filing.PeriodEnd);
        cmd.Add("@source", filing.Source);
        cmd.Add("@hash", filing.ContentHash);
        cmd.Add("@at", (filing.IngestedAt == default ? DateTimeOffset.UtcNow : filing.IngestedAt)
            .ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static async Task<int> InsertEdgesAsync(
        SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<GraphEdge> edges, long filingN,
        Dictionary<string, long> ns, CancellationToken ct)
    {
        if (edges.Count == 0)
            return 0;
        await using var cmd = connection.Command("""
            INSERT INTO edges (id, category, kind, from_n, to_n, year, as_of, period, amount, currency, scale, value,
                               description, nature, reported_by_n, filing_n, ev_start, ev_end, quote)
            VALUES (@id, @category, @kind, @from, @to, @year, @as_of, @period, @amount, @currency, @scale, @value,
                    @description, @nature, @reported_by, @filing, @ev_start, @ev_end, @quote)
            """, tx);
        var p = new[]
        {
            "@id", "@category", "@kind", "@from", "@to", "@year", "@as_of", "@period", "@amount", "@currency", "@scale",
            "@value", "@description", "@nature", "@reported_by", "@filing", "@ev_start", "@ev_end", "@quote",
        }.Select(name => cmd.Add(name, null)).ToArray();
        cmd.Prepare();
        var written = 0;
        foreach (var edge in edges)
        {
            if ((written & 255) == 0)
                ct.ThrowIfCancellationRequested();
            p[0].Value = edge.Id;
            p[1].Value = (int)edge.Category;
            p[2].Value = edge.Kind;
            p[3].Value = await EntityNAsync(connection, tx, ns, edge.FromId, ct);
            p[4].Value = await EntityNAsync(connection, tx, ns, edge.ToId, ct);
            p[5].Value = (object?)edge.Year ?? DBNull.Value;
            p[6].Value = (object?)edge.AsOf ?? DBNull.Value;
            p[7].Value = (object?)edge.Period ?? DBNull.Value;
            p[8].Value = SqliteExtensions.ToDb(edge.Amount) ?? DBNull.Value;
            p[9].Value = (object?)edge.Currency ?? DBNull.Value;
            p[10].Value = SqliteExtensions.ToDb(edge.Scale) ?? DBNull.Value;
            p[11].Value = SqliteExtensions.ToDb(edge.Value) ?? DBNull.Value;
            p[12].Value = (object?)edge.Description ?? DBNull.Value;
            p[13].Value = (object?)edge.Nature ?? DBNull.Value;
            p[14].Value = await EntityNAsync(connection, tx, ns, edge.ReportedBy, ct);
            p[15].Value = filingN;
            p[16].Value = (object?)edge.EvidenceStart ?? DBNull.Value;
            p[17].Value = (object?)edge.EvidenceEnd ?? DBNull.Value;
            p[18].Value = (object?)edge.Quote ?? DBNull.Value;
            await cmd.ExecuteNonQueryAsync(ct);
            written++;
        }
        return written;
    }

    private static async Task InsertRelatedPartiesAsync(
        SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<RelatedPartyLink> links, long filingN,
        Dictionary<string, long> ns, CancellationToken ct)
    {
        if (links.Count == 0)
            return;
        await using var cmd = connection.Command("""
            INSERT INTO related_parties (filing_n, party_n, reporter_n, relationship)
            VALUES (@filing, @party, @reporter, @relationship)
            ON CONFLICT (filing_n, party_n) DO UPDATE SET relationship = COALESCE(related_parties.relationship, excluded.relationship)
            """, tx);
        cmd.Add("@filing", filingN);
        var party = cmd.Add("@party", 0L);
        var reporter = cmd.Add("@reporter", 0L);
        var relationship = cmd.Add("@relationship", null);
        foreach (var link in links)
        {
            party.Value = await EntityNAsync(connection, tx, ns, link.PartyId, ct);
            reporter.Value = await EntityNAsync(connection, tx, ns, link.ReporterId, ct);
            relationship.Value = (object?)link.Relationship ?? DBNull.Value;
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
