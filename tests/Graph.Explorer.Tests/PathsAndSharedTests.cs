using System.Text.Json;
using Graph.Explorer.Tests.Infrastructure;

namespace Graph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class PathsAndSharedTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Picking_two_entities_highlights_the_paths_between_them()
    {
        var data = fixture.Data;
        await using var page = await fixture.OpenPageAsync($"?entity={Uri.EscapeDataString(data.RootId)}");

        // Pick one entity from its panel and the other from the search box.
        await page.ClickDrawnAsync(data.PairFromId);
        await page.ByTestId("pick-node").ClickAsync();
        await page.ByTestId("search-input").FillAsync(data.PairToName);
        await page.Page.Locator($"[data-testid=search-result][data-entity-id=\"{data.PairToId}\"] [data-testid=search-pick]").ClickAsync();
        await page.AndWaitForDrawAsync(() => page.ByTestId("find-paths").ClickAsync());

        var answer = await fixture.Api.QueryAsync(
            "query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4) { nodes { id } edges { id } } }",
            new { a = data.PairFromId, b = data.PairToId });
        var paths = answer.GetProperty("paths").EnumerateArray().ToList();
        Assert.NotEmpty(paths);
        var (nodes, edges) = await page.HighlightedAsync();
        Assert.Equal(Ids(paths, "nodes"), nodes.Order());
        Assert.Equal(Ids(paths, "edges"), edges.Order());
        Assert.Contains("path", await page.ByTestId("analysis-result").InnerTextAsync());
        Assert.Contains("show=paths", page.Page.Url);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Picking_several_entities_highlights_their_shared_counterparties()
    {
        var data = fixture.Data;
        var picks = $"{Uri.EscapeDataString(data.PairFromId)},{Uri.EscapeDataString(data.PairToId)}";
        await using var page = await fixture.OpenPageAsync($"?entity={Uri.EscapeDataString(data.RootId)}&picks={picks}&show=shared");

        var answer = await fixture.Api.QueryAsync(
            "query($ids: [ID!]!) { sharedCounterparties(entities: $ids) { entity { id } edges { id } } }",
            new { ids = new[] { data.PairFromId, data.PairToId } });
        var shared = answer.GetProperty("sharedCounterparties").EnumerateArray().ToList();
        Assert.NotEmpty(shared);
        var (nodes, edges) = await page.HighlightedAsync();
        var expectedNodes = shared.Select(s => s.GetProperty("entity").GetProperty("id").GetString()!).Append(data.PairFromId).Append(data.PairToId).Distinct().Order();
        Assert.Equal(expectedNodes, nodes.Order());
        Assert.Equal(shared.SelectMany(s => s.GetProperty("edges").EnumerateArray()).Select(e => e.GetProperty("id").GetString()!).Distinct().Order(), edges.Order());
        Assert.Contains("shared counterpart", await page.ByTestId("analysis-result").InnerTextAsync());
        Assert.Empty(page.Errors);
    }

    private static IEnumerable<string> Ids(List<JsonElement> paths, string property) =>
        paths.SelectMany(p => p.GetProperty(property).EnumerateArray()).Select(e => e.GetProperty("id").GetString()!).Distinct().Order();
}
