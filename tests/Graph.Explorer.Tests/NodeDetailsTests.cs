using System.Text.Json;
using Graph.Explorer.Tests.Infrastructure;

namespace Graph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class NodeDetailsTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Clicking_a_node_shows_who_it_is_its_yearly_totals_per_kind_and_what_changed()
    {
        var data = fixture.Data;
        await using var page = await fixture.OpenPageAsync($"?entity={Uri.EscapeDataString(data.RootId)}");
        await page.ClickDrawnAsync(data.RootId);

        var details = page.ByTestId("node-details");
        await details.WaitForAsync();
        Assert.Equal(data.RootId, await details.GetAttributeAsync("data-entity-id"));
        Assert.Equal(data.RootName, await page.ByTestId("node-name").InnerTextAsync());

        // One bar per kind, year and currency of the reporter's counterparty totals, summed over counterparties.
        var answer = await fixture.Api.QueryAsync(
            "query($id: ID!) { entity(id: $id) { counterparties { totals { kind year currency amount } } } }",
            new { id = data.RootId });
        var expectedBars = answer.GetProperty("entity").GetProperty("counterparties").EnumerateArray()
            .SelectMany(c => c.GetProperty("totals").EnumerateArray())
            .Where(t => t.GetProperty("year").ValueKind == JsonValueKind.Number)
            .Select(t => (Kind: t.GetProperty("kind").GetString()!, Year: t.GetProperty("year").GetInt32(), Currency: t.GetProperty("currency").GetString()))
            .Distinct()
            .Count();
        await page.ByTestId("totals-chart").First.WaitForAsync();
        Assert.Equal(expectedBars, await page.Page.Locator("[data-testid=totals-chart] rect[data-kind]").CountAsync());

        // Year over year: the last two years of the web, as the API's changes() lists them.
        var years = DemoData.Years(data.RootNetwork);
        var (from, to) = (years[^2], years[^1]);
        await page.Page.Locator("[data-testid=node-changes] h3").WaitForAsync();
        Assert.Equal($"Changes {from} → {to}", await page.Page.Locator("[data-testid=node-changes] h3").TextContentAsync());
        var changes = (await fixture.Api.QueryAsync(
                "query($id: ID!, $from: Int!, $to: Int!) { changes(entity: $id, fromYear: $from, toYear: $to) { counterparty { id } type } }",
                new { id = data.RootId, from, to }))
            .GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("type").GetString() != "UNCHANGED")
            .Select(c => $"{c.GetProperty("type").GetString()} {c.GetProperty("counterparty").GetProperty("id").GetString()}")
            .Order();
        var listed = await page.ByTestId("change").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.changeType + ' ' + i.dataset.entityId)");
        Assert.Equal(changes, listed.Order());
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Expanding_a_node_adds_its_own_counterparties_to_the_drawing()
    {
        var data = fixture.Data;
        await using var page = await fixture.OpenPageAsync($"?entity={Uri.EscapeDataString(data.RootId)}");
        await page.ClickDrawnAsync(data.ExpandId);
        await page.ByTestId("node-details").WaitForAsync();
        Assert.Equal(data.ExpandName, await page.ByTestId("node-name").InnerTextAsync());

        await page.AndWaitForDrawAsync(() => page.ByTestId("expand-node").ClickAsync());

        var own = await fixture.Api.NetworkAsync(data.ExpandId, depth: 1);
        var expectedNodes = data.RootNetwork.NodeIds.Union(own.NodeIds).Order();
        Assert.Equal(expectedNodes, (await page.NodeIdsAsync()).Order());
        Assert.Equal(data.RootNetwork.EdgeIds.Union(own.EdgeIds).Order(), (await page.EdgeIdsAsync()).Order());
        Assert.Contains($"expand={Uri.EscapeDataString(data.ExpandId)}", page.Page.Url);
        Assert.Empty(page.Errors);
    }
}
