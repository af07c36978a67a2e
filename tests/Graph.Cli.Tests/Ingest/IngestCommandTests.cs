using System.Text.Json;

namespace Graph.Cli.Tests.Ingest;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Samples_ingest_with_their_manifest_and_stats_report_them_as_json()
    {
        var db = _temp.File("graph.db");

        var ingest = await GraphCli.RunAsync(_temp.Path, "ingest", "--manifest", Path.Combine(Samples.Folder, "manifest.csv"), "--db", db, "--json");
        var stats = await GraphCli.RunAsync(_temp.Path, "stats", "--db", db, "--json");

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        using var summary = JsonDocument.Parse(ingest.Stdout);
        var manifestRows = File.ReadAllLines(Path.Combine(Samples.Folder, "manifest.csv")).Skip(1).Count(l => l.Trim().Length > 0);
        Assert.Equal(manifestRows, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Empty(summary.RootElement.GetProperty("failed").EnumerateArray());

        Assert.True(stats.ExitCode == 0, stats.ToString());
        using var json = JsonDocument.Parse(stats.Stdout);
        var root = json.RootElement;
        Assert.Equal(manifestRows, root.GetProperty("filings").GetInt32());
        Assert.True(root.GetProperty("entities").GetInt32() >= manifestRows);
        Assert.Equal(root.GetProperty("entities").GetInt32(), root.GetProperty("entitiesByType").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(JsonValueKind.Number, root.GetProperty("transactions").ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("balances").ValueKind);
    }

    [Fact]
    public async Task A_bad_file_is_reported_and_never_stops_the_others()
    {
        var notes = Directory.CreateDirectory(_temp.File("notes")).FullName;
        GoldNotes.Write(notes, 1, 6);
        await File.WriteAllTextAsync(Path.Combine(notes, "note-00002.json"), "{ not json", TestContext.Current.CancellationToken);
        GoldNotes.Write(notes, 3, 4);
        var db = _temp.File("graph.db");

        var run = await GraphCli.RunAsync(_temp.Path, "ingest", notes, "--db", db, "--reporter", "Alpha Holdings Inc", "--json");

        Assert.Equal(1, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Stdout);
        Assert.Equal(2, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(10, summary.RootElement.GetProperty("edgesWritten").GetInt32());
        var failed = Assert.Single(summary.RootElement.GetProperty("failed").EnumerateArray());
        Assert.EndsWith("note-00002.json", failed.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Contains("not FACTS.md JSON", failed.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, summary.RootElement.GetProperty("graph").GetProperty("filings").GetInt32());
    }

    [Fact]
    public async Task Ingesting_again_changes_nothing_and_a_second_reporter_adds_a_filing()
    {
        var file = GoldNotes.Write(_temp.Path, 7, 5);
        var db = _temp.File("graph.db");

        var first = await GraphCli.RunAsync(_temp.Path, "ingest", file, "--db", db, "--reporter", "Alpha Holdings Inc", "--json");
        var again = await GraphCli.RunAsync(_temp.Path, "ingest", file, "--db", db, "--reporter", "Alpha Holdings Inc", "--json");
        var other = await GraphCli.RunAsync(_temp.Path, "ingest", file, "--db", db, "--reporter", "Beta Corp", "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        using var a = JsonDocument.Parse(again.Stdout);
        Assert.Equal(1, a.RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, a.RootElement.GetProperty("edgesWritten").GetInt32());
        using var b = JsonDocument.Parse(other.Stdout);
        Assert.Equal(1, b.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(2, b.RootElement.GetProperty("graph").GetProperty("filings").GetInt32());
    }

    [Fact]
    public async Task A_corrected_file_under_an_explicit_filing_id_replaces_the_filing()
    {
        var file = GoldNotes.Write(_temp.Path, 8, 5);
        var db = _temp.File("graph.db");
        await GraphCli.RunAsync(_temp.Path, "ingest", file, "--db", db, "--reporter", "Alpha Holdings Inc", "--filing-id", "alpha-2024");
        GoldNotes.Write(_temp.Path, 8, 3);

        var run = await GraphCli.RunAsync(_temp.Path, "ingest", file, "--db", db, "--reporter", "Alpha Holdings Inc", "--filing-id", "alpha-2024", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var summary = JsonDocument.Parse(run.Stdout);
        Assert.Equal(1, summary.RootElement.GetProperty("replaced").GetInt32());
        var graph = summary.RootElement.GetProperty("graph");
        Assert.Equal(1, graph.GetProperty("filings").GetInt32());
        Assert.Equal(3, graph.GetProperty("transactions").GetInt32() + graph.GetProperty("balances").GetInt32());
    }

    [Fact]
    public async Task Usage_errors_are_explained()
    {
        var noInput = await GraphCli.RunAsync(_temp.Path, "ingest", "--db", _temp.File("graph.db"));
        var twoFilesOneId = await GraphCli.RunAsync(_temp.Path, "ingest", GoldNotes.Write(_temp.Path, 1, 1), GoldNotes.Write(_temp.Path, 2, 1),
            "--db", _temp.File("graph.db"), "--filing-id", "x");
        var missing = await GraphCli.RunAsync(_temp.Path, "ingest", _temp.File("nope.txt"), "--db", _temp.File("graph.db"), "--json");

        Assert.NotEqual(0, noInput.ExitCode);
        Assert.Contains("manifest", noInput.Stdout + noInput.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, twoFilesOneId.ExitCode);
        Assert.Contains("--filing-id", twoFilesOneId.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no such file", missing.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_output_shows_the_summary_table()
    {
        var file = GoldNotes.Write(_temp.Path, 4, 4);

        var run = await GraphCli.RunAsync(_temp.Path, "ingest", file, "--db", _temp.File("graph.db"), "--reporter", "Alpha Holdings Inc");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Filings added", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Edges written", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Graph now: 3 entities, 1 filings", run.Stdout, StringComparison.Ordinal);
    }
}
