using Graph.Storage.Contract;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Tests.Sqlite;

public sealed class SchemaTests : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task A_new_file_and_its_directory_are_created_at_the_latest_version_in_wal_mode()
    {
        await using var store = await _db.OpenAsync(Ct);

        Assert.True(File.Exists(_db.Path));
        Assert.Equal(3, await store.GetSchemaVersionAsync(Ct));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
        Assert.Equal("initial graph schema", await ScalarAsync("SELECT name FROM schema_migrations WHERE version = 1"));
    }

    [Fact]
    public async Task Initialising_again_keeps_the_data_and_applies_nothing_twice()
    {
        await using (var store = await _db.OpenAsync(Ct))
            await store.IngestAsync(ContractGraph.Alpha(), Ct);

        await using var reopened = await _db.OpenAsync(Ct);
        await reopened.InitializeAsync(Ct);

        Assert.Equal(1, (await reopened.GetStatsAsync(Ct)).Filings);
        Assert.Equal("3", await ScalarAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task A_version_1_file_gets_filing_edge_ranges_and_its_filings_can_still_be_replaced()
    {
        await using (var store = await _db.OpenAsync(Ct))
        {
            await store.IngestAsync(ContractGraph.Alpha(), Ct);
            await store.IngestAsync(ContractGraph.Beta(), Ct);
        }
        // Back to the version 1 layout: an index on edges by filing, no ranges on filings, no key table.
        await ExecuteAsync("""
            DELETE FROM schema_migrations WHERE version >= 2;
            DROP TABLE entity_keys;
            CREATE INDEX ix_edges_filing ON edges (filing_n);
            ALTER TABLE filings DROP COLUMN edge_first;
            ALTER TABLE filings DROP COLUMN edge_last;
            """);

        await using var reopened = await _db.OpenAsync(Ct);

        Assert.Equal(3, await reopened.GetSchemaVersionAsync(Ct));
        Assert.Equal("0", await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_edges_filing'"));
        Assert.Equal("0", await ScalarAsync("""
            SELECT COUNT(*) FROM filings f
            WHERE edge_first IS NOT (SELECT MIN(n) FROM edges WHERE filing_n = f.n)
               OR edge_last IS NOT (SELECT MAX(n) FROM edges WHERE filing_n = f.n)
            """));
        var outcome = await reopened.IngestAsync(ContractGraph.AlphaCorrected(), Ct);
        Assert.Equal(Graph.Core.Storage.IngestStatus.Replaced, outcome.Status);
        var stored = await ScalarAsync(
            $"SELECT group_concat(e.id) FROM (SELECT id FROM edges WHERE filing_n = (SELECT n FROM filings WHERE id = '{ContractGraph.AlphaFilingId}') ORDER BY id) e");
        Assert.Equal(string.Join(',', ContractGraph.AlphaCorrected().Edges.Select(e => e.Id).Order(StringComparer.Ordinal)), stored);
        Assert.Equal(
            (ContractGraph.AlphaCorrected().Edges.Count + ContractGraph.Beta().Edges.Count).ToString(System.Globalization.CultureInfo.InvariantCulture),
            await ScalarAsync("SELECT COUNT(*) FROM edges"));
    }

    [Fact]
    public async Task A_version_2_file_gets_the_name_keys_that_ingest_writes()
    {
        await using (var store = await _db.OpenAsync(Ct))
        {
            foreach (var filing in ContractGraph.All())
                await store.IngestAsync(filing, Ct);
        }
        const string keys = "SELECT group_concat(k, '|') FROM (SELECT key || '=' || (SELECT id FROM entities WHERE n = entity_n) AS k FROM entity_keys ORDER BY k)";
        var written = await ScalarAsync(keys);
        // Back to the version 2 layout: no key table.
        await ExecuteAsync("""
            DELETE FROM schema_migrations WHERE version = 3;
            DROP TABLE entity_keys;
            """);

        await using var reopened = await _db.OpenAsync(Ct);

        Assert.Equal(3, await reopened.GetSchemaVersionAsync(Ct));
        Assert.Contains("kic=", written, StringComparison.Ordinal);
        Assert.Equal(written, await ScalarAsync(keys));
        Assert.Equal([ContractGraph.KeshenInfoId], (await reopened.FindByNameKeysAsync(["kic"], Ct)).Select(e => e.Id));
    }

    [Fact]
    public async Task Keys_of_the_entities_a_correction_drops_go_with_them()
    {
        await using var store = await _db.OpenAsync(Ct);
        foreach (var filing in ContractGraph.All())
            await store.IngestAsync(filing, Ct);

        await store.IngestAsync(ContractGraph.AlphaCorrected(), Ct);

        // A row left behind would name whichever entity is given the dropped one's number next.
        Assert.Equal("0", await ScalarAsync($"SELECT COUNT(*) FROM entities WHERE id = '{ContractGraph.SmithId}'"));
        Assert.Equal("0", await ScalarAsync("SELECT COUNT(*) FROM entity_keys WHERE entity_n NOT IN (SELECT n FROM entities)"));
    }

    [Fact]
    public async Task A_file_from_a_newer_program_is_refused_with_a_clear_message()
    {
        await using (var store = await _db.OpenAsync(Ct))
            await ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')");

        await using var reopened = new SqliteGraphStore(_db.Path);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => reopened.InitializeAsync(Ct));

        Assert.Contains("newer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_with_a_clear_message()
    {
        Directory.CreateDirectory(_db.Directory);
        await File.WriteAllTextAsync(_db.Path, new string('x', 4096), Ct);

        await using var store = new SqliteGraphStore(_db.Path);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync(Ct));

        Assert.Contains("not a graph database", e.Message, StringComparison.Ordinal);
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_db.Path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(await cmd.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_db.Path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(Ct);
    }
}
