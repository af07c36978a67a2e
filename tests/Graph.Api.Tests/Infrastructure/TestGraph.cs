using Graph.Core.Building;
using Graph.Core.Model;
using Graph.Core.Notes;
using Graph.Core.Storage;
using Graph.Storage.Sqlite;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>A real SQLite store in a temporary folder, filled with the test notes; deleted on dispose.</summary>
public sealed class TestGraph : IAsyncDisposable
{
    /// <summary>The folder deleted on dispose; null when the caller keeps the database file.</summary>
    private readonly string? folder;

    private TestGraph(string? folder, SqliteGraphStore store)
    {
        this.folder = folder;
        Store = store;
    }

    public SqliteGraphStore Store { get; }

    public static string IdOf(string name) => EntityIds.ForName(name);

    public static Task<TestGraph> CreateAsync(CancellationToken ct, bool withNotes = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "graph-api-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return CreateAsync(folder, Path.Combine(folder, "graph.db"), ct, withNotes);
    }

    private static async Task<TestGraph> CreateAsync(string? folder, string dbPath, CancellationToken ct, bool withNotes)
    {
        var store = new SqliteGraphStore(dbPath);
        await store.InitializeAsync(ct);
        var graph = new TestGraph(folder, store);
        if (withNotes)
        {
            await graph.IngestAsync(TestNotes.AlphaNote(), "20-F", 2023, TestNotes.AlphaText, ct);
            await graph.IngestAsync(TestNotes.BetaNote(), "10-K", 2024, "Beta's related-party note.", ct);
        }
        return graph;
    }

    /// <summary>The test notes in a database file the caller keeps (the folder is left alone on dispose).</summary>
    internal static Task<TestGraph> CreateFileAsync(string dbPath, CancellationToken ct) =>
        CreateAsync(folder: null, dbPath, ct, withNotes: true);

    public async Task<IngestOutcome> IngestAsync(NoteFacts note, string form, int year, string text, CancellationToken ct)
    {
        var build = new FilingGraphBuilder().Build(note, new FilingMetadata
        {
            Form = form,
            FiscalYear = year,
            ContentHash = ContentHashes.Of(text + note.Note),
            Source = note.Note,
        }, text);
        return await Store.IngestAsync(build.Graph, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (folder is null) return;
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a lingering handle only leaves a temp folder behind */ }
    }
}
