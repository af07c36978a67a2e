using System.Text.Json;
using Microsoft.Playwright;

namespace Graph.Explorer.Tests.Infrastructure;

/// <summary>
/// The explorer page in one browser context, with waits on the page's own draw counter
/// (window.__explorer.version()) instead of sleeps.
/// </summary>
public sealed class ExplorerPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    private readonly List<string> errors = Track(page);

    public IPage Page { get; } = page;

    public ILocator ByTestId(string id) => Page.GetByTestId(id);

    /// <summary>Uncaught script errors and failed GraphQL requests seen so far.</summary>
    public IReadOnlyList<string> Errors => errors;

    public async Task GotoAsync(string relativeUrl)
    {
        await Page.GotoAsync(relativeUrl);
        await WaitForIdleAsync(minVersion: 1);
    }

    public async Task<int> VersionAsync() => await Page.EvaluateAsync<int>("() => window.__explorer.version()");

    /// <summary>Runs an action and waits until the page has drawn again and has no request in flight.</summary>
    public async Task AndWaitForDrawAsync(Func<Task> action)
    {
        var before = await VersionAsync();
        await action();
        await WaitForIdleAsync(before + 1);
    }

    public async Task WaitForIdleAsync(int minVersion) =>
        await Page.WaitForFunctionAsync(
            "v => window.__explorer && window.__explorer.version() >= v && !window.__explorer.busy()",
            minVersion,
            new PageWaitForFunctionOptions { Timeout = 30_000 });

    public async Task<int> NodeCountAsync() => await Page.EvaluateAsync<int>("() => window.__explorer.nodeCount()");

    public async Task<int> EdgeCountAsync() => await Page.EvaluateAsync<int>("() => window.__explorer.edgeCount()");

    public async Task<string[]> NodeIdsAsync() => await Page.EvaluateAsync<string[]>("() => window.__explorer.nodeIds()");

    public async Task<string[]> EdgeIdsAsync() => await Page.EvaluateAsync<string[]>("() => window.__explorer.edgeIds()");

    public async Task<string?> MoreLabelAsync() => await Page.EvaluateAsync<string?>("() => window.__explorer.moreLabel()");

    public async Task<JsonElement> StateAsync() => await Page.EvaluateAsync<JsonElement>("() => window.__explorer.state()");

    public async Task<(string[] Nodes, string[] Edges)> HighlightedAsync()
    {
        var h = await Page.EvaluateAsync<JsonElement>("() => window.__explorer.highlighted()");
        return ([.. h.GetProperty("nodes").EnumerateArray().Select(e => e.GetString()!)], [.. h.GetProperty("edges").EnumerateArray().Select(e => e.GetString()!)]);
    }

    /// <summary>Clicks a drawn node or edge where it is on the screen, as a person would.</summary>
    public async Task ClickDrawnAsync(string id)
    {
        var position = await Page.EvaluateAsync<JsonElement>("id => window.__explorer.positionOf(id)", id);
        Assert.True(position.ValueKind == JsonValueKind.Object, $"{id} is not drawn.");
        await Page.Mouse.ClickAsync(position.GetProperty("x").GetSingle(), position.GetProperty("y").GetSingle());
    }

    private static List<string> Track(IPage page)
    {
        var seen = new List<string>();
        page.PageError += (_, message) => seen.Add($"page error: {message}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error") seen.Add($"console error: {message.Text} ({message.Location})");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
                seen.Add($"HTTP {response.Status} for {response.Request.Method} {response.Url}: {response.Request.PostData}");
        };
        return seen;
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
