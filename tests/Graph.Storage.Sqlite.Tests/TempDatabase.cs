using Graph.Storage.Sqlite;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>A real SQLite file in a fresh temporary directory, removed with its WAL files afterwards.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    public TempDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graph-sqlite-tests", Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(Directory, "graph.db");
    }

    public string Directory { get; }
    public string Path { get; }

    public async Task<SqliteGraphStore> OpenAsync(CancellationToken ct)
    {
        var store = new SqliteGraphStore(Path);
        await store.InitializeAsync(ct);
        return store;
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a process that is ending; the temp folder is cleaned by the OS later.
        }
        return ValueTask.CompletedTask;
    }
}
