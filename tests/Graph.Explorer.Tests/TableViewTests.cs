using System.Globalization;
using Graph.Explorer.Tests.Infrastructure;

namespace Graph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class TableViewTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task The_table_lists_the_drawn_edges_sorts_by_amount_and_downloads_them_as_csv()
    {
        var data = fixture.Data;
        await using var page = await fixture.OpenPageAsync($"?entity={Uri.EscapeDataString(data.RootId)}");
        await page.ByTestId("tab-table").ClickAsync();
        Assert.Contains("view=table", page.Page.Url);

        var rows = page.ByTestId("edge-row");
        Assert.Equal(await page.EdgeCountAsync(), await rows.CountAsync());
        var rowIds = await page.Page.Locator("[data-testid=edge-row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.edgeId)");
        Assert.Equal((await page.EdgeIdsAsync()).Order(), rowIds.Order());

        await page.ByTestId("sort-amount").ClickAsync();
        Assert.Equal("descending", await page.ByTestId("sort-amount").GetAttributeAsync("aria-sort"));
        var amounts = (await page.Page.Locator("[data-testid=edge-row] td:nth-child(6)").AllInnerTextsAsync())
            .Where(t => t.Length > 0)
            .Select(t => decimal.Parse(t, NumberStyles.Number, CultureInfo.InvariantCulture))
            .ToList();
        Assert.NotEmpty(amounts);
        Assert.Equal(amounts.OrderDescending(), amounts);

        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.ByTestId("download-csv").ClickAsync());
        var csvPath = Path.Combine(Path.GetTempPath(), $"explorer-{Guid.NewGuid():N}.csv");
        await download.SaveAsAsync(csvPath);
        var lines = (await File.ReadAllLinesAsync(csvPath, TestContext.Current.CancellationToken)).Where(l => l.Length > 0).ToList();
        File.Delete(csvPath);
        Assert.StartsWith("From,To,Kind,Year", lines[0]);
        Assert.Equal(await rows.CountAsync() + 1, lines.Count);
        Assert.EndsWith(".csv", download.SuggestedFilename);

        // A row opens the same details as a click on the drawn edge.
        var first = rows.First;
        var id = await first.GetAttributeAsync("data-edge-id");
        await first.ClickAsync();
        Assert.Equal(id, await page.ByTestId("edge-details").GetAttributeAsync("data-edge-id"));
        Assert.Empty(page.Errors);
    }
}
