using System.Diagnostics;
using Graph.Storage.Sqlite;

namespace Graph.Cli.Tests.Ingest;

public sealed class KilledIngestTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_process_killed_mid_ingest_leaves_every_filing_whole_or_absent()
    {
        var ct = TestContext.Current.CancellationToken;
        const int files = 4000, factsPerFile = 40;
        var notes = Directory.CreateDirectory(_temp.File("notes")).FullName;
        for (var n = 0; n < files; n++)
            GoldNotes.Write(notes, n, factsPerFile);
        var db = _temp.File("graph.db");

        using (var process = Process.Start(GraphCli.StartInfo(_temp.Path, "ingest", notes, "--db", db, "--reporter", "Alpha Holdings Inc", "--json"))!)
        {
            await using var watcher = new SqliteGraphStore(db);
            var deadline = DateTime.UtcNow.AddMinutes(2);
            // Kill once some filings are in, while the rest are still being written.
            while (!process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, ct);
                if (File.Exists(db) && await FilingsAsync(watcher) >= 20)
                    break;
            }
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(ct);
        }

        await using var store = new SqliteGraphStore(db);
        await store.InitializeAsync(ct);
        var stats = await store.GetStatsAsync(ct);
        Assert.InRange(stats.Filings, 20, files - 1);
        // Every filing present carries all of its facts: none was cut short by the kill.
        var edgesPerFiling = new Dictionary<string, int>();
        await foreach (var edge in store.ReadEdgesAsync(ct))
            edgesPerFiling[edge.FilingId] = edgesPerFiling.GetValueOrDefault(edge.FilingId) + 1;
        Assert.Equal(stats.Filings, edgesPerFiling.Count);
        Assert.All(edgesPerFiling.Values, count => Assert.Equal(factsPerFile, count));
        Assert.Equal(stats.Filings * factsPerFile, stats.Transactions + stats.Balances);
    }

    private static async Task<int> FilingsAsync(SqliteGraphStore store)
    {
        try
        {
            return (await store.GetStatsAsync(TestContext.Current.CancellationToken)).Filings;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return 0; // the schema is not there yet
        }
    }
}
