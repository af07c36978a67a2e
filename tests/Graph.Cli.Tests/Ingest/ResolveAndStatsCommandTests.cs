using System.Text.Json;
using Graph.Core.Model;

namespace Graph.Cli.Tests.Ingest;

public sealed class ResolveAndStatsCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<string> GraphWithTwoSpellingsAsync()
    {
        var db = _temp.File("graph.db");
        var a = Path.Combine(_temp.Path, "a.json");
        var b = Path.Combine(_temp.Path, "b.json");
        await File.WriteAllTextAsync(a, """
            { "currency": "USD", "parties": [ { "name": "Neptunus Group Co., Ltd" } ],
              "facts": [ { "party": "Neptunus Group Co., Ltd", "kind": "purchase", "year": 2015, "amount": 10 } ] }
            """, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(b, """
            { "currency": "USD", "parties": [ { "name": "Neptunus Grp Co" } ],
              "facts": [ { "party": "Neptunus Grp Co", "kind": "revenue", "year": 2015, "amount": 4 } ] }
            """, TestContext.Current.CancellationToken);
        var first = await GraphCli.RunAsync(_temp.Path, "ingest", a, "--db", db, "--reporter", "China Nepstar");
        var second = await GraphCli.RunAsync(_temp.Path, "ingest", b, "--db", db, "--reporter", "Other Drugstore Inc");
        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first + "\n" + second);
        return db;
    }

    [Fact]
    public async Task Suggest_proposes_and_merge_and_unmerge_change_what_stats_count()
    {
        var db = await GraphWithTwoSpellingsAsync();
        var shortId = EntityIds.ForName("Neptunus Grp Co");
        var fullId = EntityIds.ForName("Neptunus Group Co., Ltd");

        var suggest = await GraphCli.RunAsync(_temp.Path, "resolve", "--suggest", "--json", "--db", db);
        var table = await GraphCli.RunAsync(_temp.Path, "resolve", "--suggest", "--db", db);
        var before = await StatsAsync(db);
        var merge = await GraphCli.RunAsync(_temp.Path, "resolve", "--merge", shortId, fullId, "--reason", "same group", "--by", "tester", "--db", db);
        var merged = await StatsAsync(db);
        var again = await GraphCli.RunAsync(_temp.Path, "resolve", "--merge", shortId, fullId, "--db", db);
        var unmerge = await GraphCli.RunAsync(_temp.Path, "resolve", "--unmerge", shortId, "--db", db);
        var after = await StatsAsync(db);

        Assert.True(suggest.ExitCode == 0, suggest.ToString());
        var proposal = Assert.Single(JsonDocument.Parse(suggest.Stdout).RootElement.EnumerateArray());
        Assert.Equal((shortId, fullId), (proposal.GetProperty("entityId").GetString(), proposal.GetProperty("targetId").GetString()));
        Assert.Contains("Neptunus", table.Stdout, StringComparison.Ordinal);
        Assert.Equal(before.GetProperty("entities").GetInt32(), (await StatsAsync(db)).GetProperty("entities").GetInt32());
        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Equal(before.GetProperty("entities").GetInt32() - 1, merged.GetProperty("entities").GetInt32());
        Assert.Equal(1, merged.GetProperty("sameAs").GetInt32());
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already", again.Stdout, StringComparison.Ordinal);
        Assert.True(unmerge.ExitCode == 0, unmerge.ToString());
        Assert.Equal(before.GetProperty("entities").GetInt32(), after.GetProperty("entities").GetInt32());
        Assert.Equal(0, after.GetProperty("sameAs").GetInt32());
    }

    [Fact]
    public async Task Resolve_explains_wrong_usage()
    {
        var db = await GraphWithTwoSpellingsAsync();

        var none = await GraphCli.RunAsync(_temp.Path, "resolve", "--db", db);
        var oneId = await GraphCli.RunAsync(_temp.Path, "resolve", "--merge", "x", "--db", db);
        var unknown = await GraphCli.RunAsync(_temp.Path, "resolve", "--merge", "x", "y", "--db", db);
        var nothingToUndo = await GraphCli.RunAsync(_temp.Path, "resolve", "--unmerge", "x", "--db", db);

        Assert.NotEqual(0, none.ExitCode);
        Assert.Contains("--suggest", none.Stdout + none.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(0, oneId.ExitCode);
        Assert.Contains("two entity ids", oneId.Stdout + oneId.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No entity with id 'x'", unknown.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, nothingToUndo.ExitCode);
    }

    [Fact]
    public async Task Stats_prints_a_table_and_creates_an_empty_store_when_there_is_none()
    {
        var db = Path.Combine(_temp.Path, "new", "folder", "graph.db");

        var run = await GraphCli.RunAsync(_temp.Path, "stats", "--db", db);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Entities", run.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(db));
    }

    private async Task<JsonElement> StatsAsync(string db)
    {
        var run = await GraphCli.RunAsync(_temp.Path, "stats", "--db", db, "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Stdout).RootElement.Clone();
    }
}
