using System.Net;
using System.Net.Http.Headers;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests;

public sealed class HostingTests : IAsyncLifetime
{
    private readonly List<string> folders = [];
    private TestGraph graph = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => graph = await TestGraph.CreateAsync(Ct, withNotes: false);

    public async ValueTask DisposeAsync()
    {
        await graph.DisposeAsync();
        foreach (var folder in folders)
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* only a temp folder left behind */ }
        }
    }

    private string EmptyFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "graph-api-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        folders.Add(folder);
        return folder;
    }

    [Fact]
    public async Task Healthz_answers_ok()
    {
        await using var server = await TestServer.StartAsync(graph.Store, ct: Ct);
        using var response = await server.Http.GetAsync("healthz", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"ok\"", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Browsers_get_a_query_page_that_loads_nothing_from_elsewhere()
    {
        await using var server = await TestServer.StartAsync(graph.Store, ct: Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await server.Http.SendAsync(request, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<textarea id=\"query\"", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("href=\"http", html);
    }

    [Fact]
    public async Task Without_a_built_explorer_the_root_page_points_to_graphql()
    {
        var options = TestServer.DefaultOptions with { ExplorerPath = EmptyFolder() };
        await using var server = await TestServer.StartAsync(graph.Store, options, Ct);
        var html = await server.Http.GetStringAsync("", Ct);
        Assert.Contains("not built", html);
        Assert.Contains("href=\"/graphql\"", html);
    }

    [Fact]
    public async Task A_built_explorer_is_served_at_the_root_with_its_assets()
    {
        var folder = EmptyFolder();
        await File.WriteAllTextAsync(Path.Combine(folder, "index.html"), "<!doctype html><title>explorer marker</title>", Ct);
        Directory.CreateDirectory(Path.Combine(folder, "assets"));
        await File.WriteAllTextAsync(Path.Combine(folder, "assets", "app.js"), "console.log('asset marker');", Ct);
        await using var server = await TestServer.StartAsync(graph.Store, TestServer.DefaultOptions with { ExplorerPath = folder }, Ct);

        Assert.Contains("explorer marker", await server.Http.GetStringAsync("", Ct));
        using var asset = await server.Http.GetAsync("assets/app.js", Ct);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Contains("asset marker", await asset.Content.ReadAsStringAsync(Ct));
        // The API still answers next to the static files.
        var data = (await server.Client.PostAsync("{ stats { filings } }", ct: Ct)).Ok();
        Assert.Equal(0, data["stats"]!["filings"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_bound_port_is_reported_when_port_zero_is_asked()
    {
        await using var server = await TestServer.StartAsync(graph.Store, ct: Ct);
        Assert.NotEqual(0, server.Server.BaseAddress.Port);
        Assert.Equal("127.0.0.1", server.Server.BaseAddress.Host);
    }

    [Fact]
    public async Task Bodies_above_the_size_limit_are_413()
    {
        await using var server = await TestServer.StartAsync(graph.Store, TestServer.DefaultOptions with { MaxRequestBytes = 2_000 }, Ct);
        var response = await server.Client.PostAsync("{ stats { filings } }", new { padding = new string('x', 5_000) }, ct: Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
    }
}
