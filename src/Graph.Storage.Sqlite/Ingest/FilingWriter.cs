using Graph.Core.Building;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Ingest;

/// <summary>
/// Writes filings inside one open transaction. The statements run for every filing are
/// prepared once and re-bound, so a batch of filings pays for parsing SQL once, not per filing
/// or per row. The caller owns the transaction: it commits, or wraps each filing in a savepoint.
/// </summary>
internal sealed class FilingWriter : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _tx;
    private readonly EdgeInsert _edges;
    private readonly RawStatement _findFiling;
    private readonly SqliteCommand _findEntities;
    private readonly RawStatement _findEntity;
    private readonly RawStatement _insertEntity;
    private readonly RawStatement _insertKey;
    private readonly RawStatement _deleteKey;
    private readonly RawStatement _insertFiling;
    private readonly RawStatement _insertLink;
    private readonly RawStatement _setEdgeRange;
    // Entities as stored, written or read by earlier filings (of this transaction, or of
    // earlier batches when the caller knows nothing was written since).
    private readonly Dictionary<string, (long N, Entity Entity)> _known;

    public FilingWriter(SqliteConnection connection, SqliteTransaction tx, Dictionary<string, (long N, Entity Entity)>? known = null)
    {
        _connection = connection;
        _tx = tx;
        _known = known ?? new(StringComparer.Ordinal);
        _edges = new EdgeInsert(connection);
        _findFiling = new RawStatement(connection, "SELECT n, content_hash, edge_first, edge_last FROM filings WHERE id = ?1");
        _findEntities = connection.Command(
            $"SELECT {EntityRows.Columns} FROM entities e WHERE e.id IN (SELECT value FROM json_each(@ids))", tx);
        _findEntities.Add("@ids", "[]");
        _findEntity = new RawStatement(connection, "SELECT n FROM entities WHERE id = ?1");
        _insertEntity = new RawStatement(connection, """
            INSERT INTO entities (id, name, type, aliases, is_reporter, cik, lei, jurisdiction, placeholder, search)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """);
        _insertKey = new RawStatement(connection, "INSERT OR IGNORE INTO entity_keys (key, entity_n) VALUES (?1, ?2)");
        _deleteKey = new RawStatement(connection, "DELETE FROM entity_keys WHERE key = ?1 AND entity_n = ?2");
        _insertFiling = new RawStatement(connection, """
            INSERT INTO filings (id, reporter_n, form, fiscal_year, period_end, source, content_hash, ingested_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            """);
        _insertLink = new RawStatement(connection, """
            INSERT INTO related_parties (filing_n, party_n, reporter_n, relationship)
            VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (filing_n, party_n) DO UPDATE SET relationship = COALESCE(related_parties.relationship, excluded.relationship)
            """);
        _setEdgeRange = new RawStatement(connection, "UPDATE filings SET edge_first = ?2, edge_last = ?3 WHERE n = ?1");
    }

    /// <summary>What the writer knows of stored entities once its filings are committed.</summary>
    public Dictionary<string, (long N, Entity Entity)> Known => _known;

    /// <summary>Write one filing; on an exception the caller rolls back what it wrote.</summary>
    public async Task<IngestOutcome> WriteAsync(FilingGraph filing, CancellationToken ct)
    {
        FilingGraphValidator.Validate(filing);
        var existing = FindFiling(filing.Filing.Id);
        var existingN = existing?.N;
        if (existing is not null && existing.Hash == filing.Filing.ContentHash)
            return new IngestOutcome(filing.Filing.Id, IngestStatus.Unchanged, 0, 0);

        IReadOnlyCollection<long> previouslyTouched = [];
        if (existing is not null)
        {
            previouslyTouched = await RemoveFilingContentAsync(existing, ct);
            // Orphans of the old version may be deleted below: forget what is known of entities.
            _known.Clear();
        }

        var (ns, added, stored) = await UpsertEntitiesAsync(filing.Entities, ct);
        var reporterN = EntityN(ns, filing.Filing.ReporterId);
        var filingN = await WriteFilingAsync(existing, filing.Filing, reporterN, ct);
        long? first = null, last = null;
        foreach (var edge in filing.Edges)
        {
            ct.ThrowIfCancellationRequested();
            last = _edges.Insert(edge, filingN,
                EntityN(ns, edge.FromId), EntityN(ns, edge.ToId),
                EntityN(ns, edge.ReportedBy));
            first ??= last;
        }
        _setEdgeRange.Bind(1, filingN);
        _setEdgeRange.Bind(2, first);
        _setEdgeRange.Bind(3, last);
        _setEdgeRange.Execute();
        foreach (var link in filing.RelatedParties)
        {
            _insertLink.Bind(1, filingN);
            _insertLink.Bind(2, EntityN(ns, link.PartyId));
            _insertLink.Bind(3, EntityN(ns, link.ReporterId));
            _insertLink.Bind(4, link.Relationship);
            _insertLink.Execute();
        }
        if (previouslyTouched.Count > 0)
            await DeleteOrphansAsync(previouslyTouched, ct);
        else
        {
            // Only now is the filing whole: an entity remembered from a failed one would name a rolled-back row.
            foreach (var (id, row) in stored)
                _known[id] = row;
        }
        return new IngestOutcome(
            filing.Filing.Id, existingN is null ? IngestStatus.Added : IngestStatus.Replaced, added, filing.Edges.Count);
    }

    private sealed record StoredFiling(long N, string? Hash, long? EdgeFirst, long? EdgeLast);

    private StoredFiling? FindFiling(string id)
    {
        _findFiling.Bind(1, id);
        if (!_findFiling.Read())
            return null;
        var found = new StoredFiling(_findFiling.Int64(0), _findFiling.TextOrNull(1), _findFiling.Int64OrNull(2), _findFiling.Int64OrNull(3));
        _findFiling.Reset();
        return found;
    }

    /// <summary>Deletes a filing's edges and links; returns the entities they touched.</summary>
    private async Task<IReadOnlyCollection<long>> RemoveFilingContentAsync(StoredFiling filing, CancellationToken ct)
    {
        // The edges of a filing lie in its key range; the filing_n test keeps the range honest.
        const string OwnEdges = "edges WHERE n BETWEEN @first AND @last AND filing_n = @f";
        var touched = new HashSet<long>();
        await using (var cmd = _connection.Command($"""
            SELECT from_n FROM {OwnEdges} UNION SELECT to_n FROM {OwnEdges}
            UNION SELECT party_n FROM related_parties WHERE filing_n = @f
            UNION SELECT reporter_n FROM filings WHERE n = @f
            """, _tx))
        {
            AddRange(cmd, filing);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                touched.Add(reader.GetInt64(0));
        }
        await using (var cmd = _connection.Command(
            $"DELETE FROM {OwnEdges}; DELETE FROM related_parties WHERE filing_n = @f;", _tx))
        {
            AddRange(cmd, filing);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return touched;
    }

    private static void AddRange(SqliteCommand cmd, StoredFiling filing)
    {
        cmd.Add("@f", filing.N);
        cmd.Add("@first", filing.EdgeFirst ?? 0);
        cmd.Add("@last", filing.EdgeLast ?? -1);
    }

    /// <summary>
    /// Entities that only the replaced version of a filing mentioned, and that nothing else
    /// refers to, go with it: a corrected filing leaves the graph as if only the correction
    /// had been ingested.
    /// </summary>
    private async Task DeleteOrphansAsync(IReadOnlyCollection<long> candidates, CancellationToken ct)
    {
        await using var cmd = _connection.Command("""
            DELETE FROM entities WHERE n IN (SELECT value FROM json_each(@ns))
              AND NOT EXISTS (SELECT 1 FROM edges WHERE from_n = entities.n)
              AND NOT EXISTS (SELECT 1 FROM edges WHERE to_n = entities.n)
              AND NOT EXISTS (SELECT 1 FROM related_parties WHERE party_n = entities.n OR reporter_n = entities.n)
              AND NOT EXISTS (SELECT 1 FROM filings WHERE reporter_n = entities.n)
              AND NOT EXISTS (SELECT 1 FROM same_as WHERE entity_n = entities.n OR target_n = entities.n)
            RETURNING n, id, name, aliases
            """, _tx);
        cmd.AddList("@ns", candidates);
        var deleted = new List<(long N, Entity Entity)>();
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                deleted.Add((reader.GetInt64(0), new Entity { Id = reader.GetString(1), Name = reader.GetString(2), Aliases = EntityRows.ReadAliases(reader.GetString(3)) }));
        }
        foreach (var (n, entity) in deleted)
            ChangeKeys(n, entity, null);
    }

    private async Task<(Dictionary<string, long> Ns, int Added, Dictionary<string, (long N, Entity Entity)> Stored)> UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken ct)
    {
        // One query finds every entity the filing names that the store already knows and that
        // this writer has not met yet; a bulk load names the same hubs in filing after filing.
        var known = new Dictionary<string, (long N, Entity Entity)>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var entity in entities)
        {
            if (_known.TryGetValue(entity.Id, out var cached))
                known[entity.Id] = cached;
            else
                unknown.Add(entity.Id);
        }
        if (unknown.Count > 0)
        {
            _findEntities.Parameters["@ids"].Value = System.Text.Json.JsonSerializer.Serialize(unknown);
            await using var reader = await _findEntities.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var row = EntityRows.Read(reader);
                known[row.Entity.Id] = row;
            }
        }

        var ns = new Dictionary<string, long>(StringComparer.Ordinal);
        var pending = new Dictionary<string, (long N, Entity Entity)>(StringComparer.Ordinal);
        var added = 0;
        foreach (var entity in entities)
        {
            ct.ThrowIfCancellationRequested();
            if (ns.ContainsKey(entity.Id))
                continue;
            if (!known.TryGetValue(entity.Id, out var row))
            {
                var n = InsertEntity(entity);
                ns[entity.Id] = n;
                pending[entity.Id] = (n, entity);
                added++;
                continue;
            }

            ns[entity.Id] = row.N;
            var merged = EntityMerging.Merge(row.Entity, entity);
            pending[entity.Id] = (row.N, merged);
            if (merged with { Aliases = row.Entity.Aliases } == row.Entity && merged.Aliases.SequenceEqual(row.Entity.Aliases))
                continue;
            // Rare (an entity learns an alias or an identifier): not worth a prepared statement.
            await using var update = _connection.Command("""
                UPDATE entities SET name = @name, type = @type, aliases = @aliases, is_reporter = @is_reporter,
                    cik = @cik, lei = @lei, jurisdiction = @jurisdiction, placeholder = @placeholder, search = @search
                WHERE id = @id
                """, _tx);
            EntityRows.Bind(update, merged);
            await update.ExecuteNonQueryAsync(ct);
            ChangeKeys(row.N, row.Entity, merged);
        }
        return (ns, added, pending);
    }

    private long InsertEntity(Entity entity)
    {
        _insertEntity.Bind(1, entity.Id);
        _insertEntity.Bind(2, entity.Name);
        _insertEntity.Bind(3, entity.Type);
        _insertEntity.Bind(4, EntityRows.Aliases(entity));
        _insertEntity.Bind(5, entity.IsReporter ? 1L : 0L);
        _insertEntity.Bind(6, entity.Cik);
        _insertEntity.Bind(7, entity.Lei);
        _insertEntity.Bind(8, entity.Jurisdiction);
        _insertEntity.Bind(9, entity.Placeholder);
        _insertEntity.Bind(10, EntityRows.SearchText(entity));
        var n = _insertEntity.Execute();
        ChangeKeys(n, null, entity);
        return n;
    }

    /// <summary>Replaces the stored name keys of entity <paramref name="n"/> as it was with those of it as it is (null: none).</summary>
    private void ChangeKeys(long n, Entity? was, Entity? now)
    {
        var old = was is null ? [] : StoredKeys(was);
        var current = now is null ? [] : StoredKeys(now);
        foreach (var key in old.Except(current, StringComparer.Ordinal))
        {
            _deleteKey.Bind(1, key);
            _deleteKey.Bind(2, n);
            _deleteKey.Execute();
        }
        foreach (var key in current)
        {
            _insertKey.Bind(1, key);
            _insertKey.Bind(2, n);
            _insertKey.Execute();
        }
    }

    // The keys that need a row in entity_keys: not the one the entity's id is made from.
    private static IEnumerable<string> StoredKeys(Entity entity) =>
        EntityIds.NameKeys(entity).Where(key => EntityIds.ForKey(key) != entity.Id);

    // Edges may name entities written by earlier filings rather than carried in this one.
    private long EntityN(Dictionary<string, long> ns, string id)
    {
        if (ns.TryGetValue(id, out var n))
            return n;
        _findEntity.Bind(1, id);
        if (!_findEntity.Read())
            throw new InvalidOperationException($"The filing refers to entity '{id}', which it does not carry and the store does not know.");
        n = _findEntity.Int64(0);
        _findEntity.Reset();
        ns[id] = n;
        return n;
    }

    private async Task<long> WriteFilingAsync(StoredFiling? existing, Filing filing, long reporterN, CancellationToken ct)
    {
        var at = (filing.IngestedAt == default ? DateTimeOffset.UtcNow : filing.IngestedAt)
            .ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        if (existing is null)
        {
            _insertFiling.Bind(1, filing.Id);
            _insertFiling.Bind(2, reporterN);
            _insertFiling.Bind(3, filing.Form);
            _insertFiling.Bind(4, filing.FiscalYear);
            _insertFiling.Bind(5, filing.PeriodEnd);
            _insertFiling.Bind(6, filing.Source);
            _insertFiling.Bind(7, filing.ContentHash);
            _insertFiling.Bind(8, at);
            return _insertFiling.Execute();
        }
        // Rare (a corrected filing): not worth a prepared statement.
        await using var update = _connection.Command("""
            UPDATE filings SET reporter_n = @reporter, form = @form, fiscal_year = @year, period_end = @period_end,
                source = @source, content_hash = @hash, ingested_at = @at
            WHERE n = @n
            """, _tx);
        update.Add("@n", existing.N);
        update.Add("@reporter", reporterN);
        update.Add("@form", filing.Form);
        update.Add("@year", filing.FiscalYear);
        update.Add("@period_end", filing.PeriodEnd);
        update.Add("@source", filing.Source);
        update.Add("@hash", filing.ContentHash);
        update.Add("@at", at);
        await update.ExecuteNonQueryAsync(ct);
        return existing.N;
    }

    public async ValueTask DisposeAsync()
    {
        _edges.Dispose();
        foreach (var statement in new[] { _findFiling, _findEntity, _insertEntity, _insertKey, _deleteKey, _insertFiling, _insertLink, _setEdgeRange })
            statement.Dispose();
        await _findEntities.DisposeAsync();
    }
}
