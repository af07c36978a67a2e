using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests;

/// <summary><c>graph demo</c> and <c>graph serve</c> run as a user runs them: a separate process, over HTTP.</summary>
public sealed class CliServingTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "graph-api-tests", "cli-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public CliServingTests() => Directory.CreateDirectory(folder);

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a lingering handle only leaves a temp folder behind */ }
    }

    [Fact]
    public async Task Demo_finds_the_samples_from_anywhere_ingests_them_and_serves_them()
    {
        var port = CliProcess.FreePort();
        var db = Path.Combine(folder, "demo.db");
        // Run from an unrelated folder: samples/ must be found by walking up from the executable.
        using var cli = CliProcess.Start(folder, "demo", "--db", db, "--urls", $"http://127.0.0.1:{port}");
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        await cli.WaitUntilServingAsync(baseAddress, TimeSpan.FromMinutes(2), Ct);

        using var http = new HttpClient { BaseAddress = baseAddress };
        var data = (await new GraphQLClient(http).PostAsync("{ stats { filings transactions balances } }", ct: Ct)).Ok();
        var manifestRows = File.ReadAllLines(Path.Combine(RepositoryPaths.Samples, "manifest.csv")).Count(l => l.Trim().Length > 0 && !l.StartsWith('#')) - 1;
        Assert.Equal(manifestRows, data["stats"]!["filings"]!.GetValue<int>());
        Assert.True(data["stats"]!["transactions"]!.GetValue<int>() > 0);
        Assert.Contains($"http://127.0.0.1:{port}/graphql", cli.Output);
        Assert.Contains($"Ingested {manifestRows} of {manifestRows} samples", cli.Output);
    }

    [Fact]
    public async Task Serve_refuses_a_database_that_does_not_exist()
    {
        using var cli = CliProcess.Start(folder, "serve", "--db", Path.Combine(folder, "missing.db"), "--urls", $"http://127.0.0.1:{CliProcess.FreePort()}");
        var exit = await cli.WaitForExitAsync(TimeSpan.FromMinutes(1), Ct);
        Assert.Equal(1, exit);
        Assert.Contains("No graph database", cli.Output);
        Assert.False(File.Exists(Path.Combine(folder, "missing.db")));
    }

    [Fact]
    public async Task Serve_rejects_a_malformed_url()
    {
        using var cli = CliProcess.Start(folder, "serve", "--urls", "not-a-url");
        var exit = await cli.WaitForExitAsync(TimeSpan.FromMinutes(1), Ct);
        Assert.NotEqual(0, exit);
        Assert.Contains("not-a-url", cli.Output);
    }

    [Fact]
    public async Task Serve_answers_over_an_existing_database_with_the_given_key()
    {
        var db = Path.Combine(folder, "graph.db");
        await using (await TestGraph.CreateFileAsync(db, Ct)) { }
        var port = CliProcess.FreePort();
        using var cli = CliProcess.Start(folder, "serve", "--db", db, "--urls", $"http://127.0.0.1:{port}", "--api-key", "cli-key");
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        await cli.WaitUntilServingAsync(baseAddress, TimeSpan.FromMinutes(1), Ct);

        using var http = new HttpClient { BaseAddress = baseAddress };
        var client = new GraphQLClient(http);
        Assert.Equal(2, (await client.PostAsync("{ stats { filings } }", ct: Ct)).Ok()["stats"]!["filings"]!.GetValue<int>());
        Assert.Equal(["UNAUTHENTICATED"], (await client.PostAsync("mutation { unmerge(id: \"x\") }", apiKey: "other", ct: Ct)).ErrorCodes);
        Assert.False((await client.PostAsync("mutation { unmerge(id: \"x\") }", apiKey: "cli-key", ct: Ct)).Ok()["unmerge"]!.GetValue<bool>());
    }
}
