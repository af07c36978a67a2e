using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Sqlite.Ingest;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<IngestOutcome> IngestAsync(FilingGraph filing, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filing);
        await using var connection = await OpenAsync(ct);
        // IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking on upgrade.
        await using var tx = connection.BeginTransaction(deferred: false);
        await using var writer = new FilingWriter(connection, tx);
        var outcome = await writer.WriteAsync(filing, ct);
        if (outcome.Status == IngestStatus.Unchanged)
            return outcome;
        await BumpVersionAsync(connection, tx, ct);
        // Nothing is visible until here: a failure or cancellation above rolls the whole filing back.
        await tx.CommitAsync(ct);
        return outcome;
    }

    /// <summary>
    /// One transaction for the batch and a savepoint per filing: a failing filing is rolled back
    /// to its savepoint alone, and the batch's pages are written once at the commit instead of
    /// once per filing, which is what bounds a bulk load's speed.
    /// </summary>
    public async Task<IngestBatchResult> IngestBatchAsync(IReadOnlyList<FilingGraph> filings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filings);
        if (filings.Count == 0)
            return new IngestBatchResult([], []);

        await using var connection = await OpenAsync(ct);
        // A bulk load inserts into index pages all over the file; a larger page cache keeps them in
        // memory between filings and batches. The pooled connection keeps it, and SQLite fills a
        // cache only as pages are touched, so a store that never bulk-loads never pays for it.
        await connection.ExecuteAsync($"PRAGMA cache_size={BulkCacheKib}", ct);
        return await WriteBatchAsync(connection, filings, ct);
    }

    private async Task<IngestBatchResult> WriteBatchAsync(SqliteConnection connection, IReadOnlyList<FilingGraph> filings, CancellationToken ct)
    {
        var outcomes = new List<IngestOutcome>(filings.Count);
        var failures = new List<IngestFailure>();
        await using var tx = connection.BeginTransaction(deferred: false);
        // What the last batch learnt of entities holds while nobody else has written since.
        var version = await ReadVersionAsync(connection, ct, tx);
        var known = Interlocked.Exchange(ref _bulkEntities, null) is { } last && last.Version == version ? last.Known : null;
        await using var writer = new FilingWriter(connection, tx, known);
        // Prepared once and run through the C API: a savepoint per filing is thousands per load.
        using var savepoint = new RawStatement(connection, "SAVEPOINT filing");
        using var release = new RawStatement(connection, "RELEASE filing");
        await using var rollback = connection.Command("ROLLBACK TO filing; RELEASE filing", tx);
        foreach (var filing in filings)
        {
            ct.ThrowIfCancellationRequested();
            ArgumentNullException.ThrowIfNull(filing, nameof(filings));
            savepoint.Execute();
            try
            {
                outcomes.Add(await writer.WriteAsync(filing, ct));
                release.Execute();
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or SqliteException)
            {
                await rollback.ExecuteNonQueryAsync(ct);
                failures.Add(new IngestFailure(filing.Filing?.Id ?? "(no id)", e.Message));
            }
        }
        var changed = outcomes.Any(o => o.Status != IngestStatus.Unchanged);
        if (changed)
            await BumpVersionAsync(connection, tx, ct);
        await tx.CommitAsync(ct);
        Volatile.Write(ref _bulkEntities, new BulkEntities(changed ? version + 1 : version, writer.Known));
        return new IngestBatchResult(outcomes, failures);
    }

    /// <summary>Entities as stored at a graph version, carried from one bulk batch to the next.</summary>
    private sealed record BulkEntities(long Version, Dictionary<string, (long N, Entity Entity)> Known);
}
