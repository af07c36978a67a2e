using Graph.Explorer.Tests.Infrastructure;

namespace Graph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class DrawingOptionsTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Depth_and_layout_change_the_drawing_and_are_kept_in_the_link()
    {
        var data = fixture.Data;
        await using var page = await fixture.OpenPageAsync($"?entity={Uri.EscapeDataString(data.RootId)}");

        await page.AndWaitForDrawAsync(() => page.ByTestId("depth").SelectOptionAsync("1"));
        var oneHop = await fixture.Api.NetworkAsync(data.RootId, depth: 1);
        Assert.Equal(oneHop.NodeIds.Order(), (await page.NodeIdsAsync()).Order());
        Assert.Equal(oneHop.EdgeIds.Order(), (await page.EdgeIdsAsync()).Order());

        // The force-directed layout moves the entities, not what is drawn.
        await page.ByTestId("layout").SelectOptionAsync("cose");
        await page.Page.WaitForFunctionAsync("() => window.__explorer.state().layout === 'cose' && !window.__explorer.busy()");
        Assert.Equal(oneHop.NodeIds.Order(), (await page.NodeIdsAsync()).Order());
        Assert.Equal(oneHop.EdgeIds.Order(), (await page.EdgeIdsAsync()).Order());
        Assert.Contains("depth=1", page.Page.Url);
        Assert.Contains("layout=cose", page.Page.Url);

        await page.Page.ReloadAsync();
        await page.WaitForIdleAsync(1);
        Assert.Equal("1", await page.ByTestId("depth").InputValueAsync());
        Assert.Equal("cose", await page.ByTestId("layout").InputValueAsync());
        Assert.Equal(oneHop.EdgeIds.Order(), (await page.EdgeIdsAsync()).Order());
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task The_search_box_works_from_the_keyboard()
    {
        var data = fixture.Data;
        await using var page = await fixture.OpenPageAsync();
        var input = page.ByTestId("search-input");
        await input.FocusAsync();
        await page.Page.Keyboard.TypeAsync(data.PairToName);
        var results = page.ByTestId("search-result");
        await results.First.WaitForAsync();

        // Arrow down to the wanted entity, then Enter opens it.
        var ids = await results.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.entityId)");
        var index = Array.IndexOf(ids, data.PairToId);
        Assert.True(index >= 0, $"{data.PairToName} is not offered for its own name.");
        for (var i = 0; i < index; i++)
            await page.Page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("true", await results.Nth(index).GetAttributeAsync("aria-selected"));
        await page.AndWaitForDrawAsync(() => page.Page.Keyboard.PressAsync("Enter"));

        var expected = await fixture.Api.NetworkAsync(data.PairToId);
        Assert.Equal(expected.NodeIds.Order(), (await page.NodeIdsAsync()).Order());
        Assert.Equal(data.PairToId, (await page.StateAsync()).GetProperty("entity").GetString());
        Assert.Empty(page.Errors);
    }
}
