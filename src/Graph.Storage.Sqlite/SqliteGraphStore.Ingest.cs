using System.Buffers;
using System.Text;
using System.Text.Json;
using Graph.Core.Building;
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

    /// <summary>
    /// All of a filing's edges in one statement: the rows travel as one JSON array that SQLite
    /// unpacks with json_each, which costs far less than binding nineteen parameters per row.
    /// </summary>
    private static async Task<int> InsertEdgesAsync(
        SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<GraphEdge> edges, long filingN,
        Dictionary<string, long> ns, CancellationToken ct)
    {
        if (edges.Count == 0)
            return 0;
        var buffer = new ArrayBufferWriter<byte>(edges.Count * 256);
        await using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var edge in edges)
            {
                json.WriteStartArray();
                json.WriteStringValue(edge.Id);
                json.WriteNumberValue((int)edge.Category);
                json.WriteStringValue(edge.Kind);
                json.WriteNumberValue(await EntityNAsync(connection, tx, ns, edge.FromId, ct));
                json.WriteNumberValue(await EntityNAsync(connection, tx, ns, edge.ToId, ct));
                WriteNullable(json, edge.Year);
                WriteNullable(json, edge.AsOf);
                WriteNullable(json, edge.Period);
                WriteNullable(json, edge.Amount);
                WriteNullable(json, edge.Currency);
                WriteNullable(json, edge.Scale);
                WriteNullable(json, edge.Value);
                WriteNullable(json, edge.Description);
                WriteNullable(json, edge.Nature);
                json.WriteNumberValue(await EntityNAsync(connection, tx, ns, edge.ReportedBy, ct));
                WriteNullable(json, edge.EvidenceStart);
                WriteNullable(json, edge.EvidenceEnd);
                WriteNullable(json, edge.Quote);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        ct.ThrowIfCancellationRequested();
        await using var cmd = connection.Command("""
            INSERT INTO edges (id, category, kind, from_n, to_n, year, as_of, period, amount, currency, scale, value,
                               description, nature, reported_by_n, filing_n, ev_start, ev_end, quote)
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7,
                   value ->> 8, value ->> 9, value ->> 10, value ->> 11, value ->> 12, value ->> 13, value ->> 14, @filing,
                   value ->> 15, value ->> 16, value ->> 17
            FROM json_each(@rows)
            """, tx);
        cmd.Add("@filing", filingN);
        cmd.Add("@rows", Encoding.UTF8.GetString(buffer.WrittenSpan));
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    private static void WriteNullable(Utf8JsonWriter json, string? value)
    {
        if (value is null)
            json.WriteNullValue();
        else
            json.WriteStringValue(value);
    }

    private static void WriteNullable(Utf8JsonWriter json, int? value)
    {
        if (value is { } v)
            json.WriteNumberValue(v);
        else
            json.WriteNullValue();
    }

    // Stored as REAL (see SqliteExtensions.ToDb): written as the double it will become.
    private static void WriteNullable(Utf8JsonWriter json, decimal? value)
    {
        if (value is { } v)
            json.WriteNumberValue((double)v);
        else
            json.WriteNullValue();
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
