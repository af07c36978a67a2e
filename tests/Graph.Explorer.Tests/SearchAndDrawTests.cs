using System.Text.Json;
using Graph.Explorer.Tests.Infrastructure;

namespace Graph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class SearchAndDrawTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Typing_part_of_a_name_offers_the_entity_and_opening_it_draws_the_network_the_api_answers()
    {
        await using var page = await fixture.OpenPageAsync();
        var data = fixture.Data;
        Assert.Equal(0, await page.NodeCountAsync());

        await page.ByTestId("search-input").PressSequentiallyAsync(data.RootName[..Math.Min(data.RootName.Length, 12)]);
        var result = page.Page.Locator($"[data-testid=search-result][data-entity-id=\"{data.RootId}\"]");
        await result.WaitForAsync();
        await page.AndWaitForDrawAsync(() => result.ClickAsync());

        Assert.Equal(data.RootNetwork.NodeIds.Count, await page.NodeCountAsync());
        Assert.Equal(data.RootNetwork.EdgeIds.Count, await page.EdgeCountAsync());
        Assert.Equal(data.RootNetwork.NodeIds.Order(), (await page.NodeIdsAsync()).Order());
        Assert.Equal(data.RootNetwork.EdgeIds.Order(), (await page.EdgeIdsAsync()).Order());

        // Arrows point the way the money goes: from the API's payer (or debtor) to its payee (or creditor).
        var expectedEnds = data.RootNetwork.Raw.GetProperty("edges").EnumerateArray()
            .Select(e => $"{e.GetProperty("id").GetString()} {e.GetProperty("fromId").GetString()} -> {e.GetProperty("toId").GetString()}")
            .Order();
        var drawnEnds = (await page.Page.EvaluateAsync<JsonElement>("() => window.__explorer.edgeEnds()")).EnumerateArray()
            .Select(e => $"{e.GetProperty("id").GetString()} {e.GetProperty("source").GetString()} -> {e.GetProperty("target").GetString()}")
            .Order();
        Assert.Equal(expectedEnds, drawnEnds);
        Assert.Contains($"entity={Uri.EscapeDataString(data.RootId)}", page.Page.Url);
        Assert.Contains(data.RootName, await page.ByTestId("status").InnerTextAsync());
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task The_demo_network_is_drawn_and_saved_as_a_screenshot()
    {
        var data = fixture.Data;
        await using var page = await fixture.OpenPageAsync($"?entity={Uri.EscapeDataString(data.RootId)}");
        Assert.Equal(data.RootNetwork.EdgeIds.Count, await page.EdgeCountAsync());

        // Open the reporter's panel too, so the picture shows the totals chart beside the web.
        await page.ClickDrawnAsync(data.RootId);
        await page.ByTestId("totals-chart").First.WaitForAsync();

        var path = Artifacts.PathFor("explorer-demo.png");
        var png = await page.Page.ScreenshotAsync(new() { Path = path });
        Assert.True(png.Length > 10_000, "The screenshot is suspiciously small.");
        TestContext.Current.TestOutputHelper?.WriteLine($"Explorer screenshot: {path}");
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_link_to_an_unknown_entity_says_so_instead_of_drawing()
    {
        fixture.SkipIfUnavailable();
        await using var page = await fixture.OpenPageAsync("?entity=no-such-entity-0000");

        Assert.Equal(0, await page.NodeCountAsync());
        Assert.True(await page.ByTestId("error").IsVisibleAsync());
        Assert.Contains("no-such-entity-0000", await page.ByTestId("error").InnerTextAsync());
        Assert.Empty(page.Errors);
    }
}
