using Graph.Explorer.Tests.Infrastructure;

namespace Graph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class NodeCapTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task A_small_node_cap_draws_an_n_more_node_and_clicking_it_draws_more()
    {
        var data = fixture.Data;
        Assert.True(data.RootNetwork.NodeIds.Count > 3, "The demo root's web should have more than three entities.");
        await using var page = await fixture.OpenPageAsync($"?entity={Uri.EscapeDataString(data.RootId)}&limit=3");

        var capped = await fixture.Api.NetworkAsync(data.RootId, limit: 3);
        Assert.True(capped.Truncated);
        Assert.Equal(capped.NodeIds.Order(), (await page.NodeIdsAsync()).Order());
        Assert.Equal(capped.EdgeIds.Order(), (await page.EdgeIdsAsync()).Order());
        Assert.Equal($"{capped.Omitted} more", await page.MoreLabelAsync());

        await page.AndWaitForDrawAsync(() => page.ClickDrawnAsync("__more__"));
        var doubled = await fixture.Api.NetworkAsync(data.RootId, limit: 6);
        Assert.Contains("limit=6", page.Page.Url);
        Assert.Equal(doubled.NodeIds.Order(), (await page.NodeIdsAsync()).Order());
        Assert.Empty(page.Errors);
    }
}
