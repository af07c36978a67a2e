using Graph.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Graph.Api.Tests;

/// <summary>The /graphql page in a real browser (Debian's Chromium): type a query, run it, read the result.</summary>
public sealed class QueryPageBrowserTests
{
    private static readonly string ChromiumPath =
        Environment.GetEnvironmentVariable("GRAPH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_query_typed_in_the_page_runs_and_shows_its_result()
    {
        if (!File.Exists(ChromiumPath))
            Assert.Skip($"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium, or set GRAPH_CHROMIUM).");
        await using var graph = await TestGraph.CreateAsync(Ct);
        await using var server = await TestServer.StartAsync(graph.Store, ct: Ct);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
            Timeout = 60_000,
        });
        var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);

        await page.GotoAsync(new Uri(server.Server.BaseAddress, "graphql").ToString());
        await page.FillAsync("#query", "query($s: String) { entities(search: $s) { totalCount edges { node { name } } } }");
        await page.FillAsync("#variables", "{\"s\": \"gamma\"}");
        await page.ClickAsync("#run");
        await page.WaitForFunctionAsync("() => document.getElementById('result').textContent.includes('totalCount')");

        var result = await page.TextContentAsync("#result") ?? "";
        Assert.Contains("\"totalCount\": 1", result);
        Assert.Contains(TestNotes.Gamma, result);
        Assert.Contains("HTTP 200", await page.TextContentAsync("#status") ?? "");
        // Everything the page loaded came from the server itself.
        Assert.All(requests, url => Assert.StartsWith(server.Server.BaseAddress.ToString(), url));
    }
}
