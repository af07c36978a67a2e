using Graph.Explorer.Tests.Infrastructure;

namespace Graph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class NodeCapTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task A_small_node_cap_draws_an_n_more_node_and_clicking_it_draws_more()
    {
        var data = fixture.Data;
        // One entity fewer than the web has, so exactly the cap decides what is left out.
        var cap = data.RootNetwork.NodeIds.Count - 1;
        await using var page = await fixture.OpenPageAsync($"?entity={Uri.EscapeDataString(data.RootId)}&limit={cap}");

        var capped = await fixture.Api.NetworkAsync(data.RootId, limit: cap);
        Assert.True(capped.Truncated);
        Assert.Equal(capped.NodeIds.Order(), (await page.NodeIdsAsync()).Order());
        Assert.Equal(capped.EdgeIds.Order(), (await page.EdgeIdsAsync()).Order());
        Assert.Equal($"{capped.Omitted} more", await page.MoreLabelAsync());

        await page.AndWaitForDrawAsync(() => page.ClickDrawnAsync("__more__"));
        var doubled = await fixture.Api.NetworkAsync(data.RootId, limit: cap * 2);
        Assert.Contains($"limit={cap * 2}", page.Page.Url);
        Assert.Equal(doubled.NodeIds.Order(), (await page.NodeIdsAsync()).Order());
        Assert.Equal(doubled.Truncated ? $"{doubled.Omitted} more" : null, await page.MoreLabelAsync());
        Assert.Empty(page.Errors);
    }
}
