using System.Globalization;
using System.Text.Json;
using Graph.Explorer.Tests.Infrastructure;

namespace Graph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class ShareUrlTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task A_shared_link_opens_the_same_entity_with_the_same_filters_and_drawing()
    {
        var data = fixture.Data;
        var edges = data.RootNetwork.Raw.GetProperty("edges").EnumerateArray().ToList();
        var kinds = edges.Select(e => e.GetProperty("kind").GetString()!).Distinct().ToList();
        var amounts = edges.Select(e => e.GetProperty("amount")).Where(a => a.ValueKind == JsonValueKind.Number).Select(a => a.GetDecimal()).Distinct().Order().ToList();
        Assert.True(kinds.Count > 1 || amounts.Count > 1, "The demo root's edges should differ in kind or amount, so that filters change the drawing.");
        // Leave out the commonest kind and ask for at least the second smallest amount, so both
        // filters visibly change what is drawn.
        var leftOut = kinds.Count > 1 ? edges.GroupBy(e => e.GetProperty("kind").GetString()!).OrderByDescending(g => g.Count()).First().Key : null;
        var minAmount = amounts.Count > 1 ? amounts[1] : amounts[0];

        string sharedUrl;
        string[] drawnEdges;
        await using (var page = await fixture.OpenPageAsync($"?entity={Uri.EscapeDataString(data.RootId)}"))
        {
            if (leftOut is not null)
                await page.AndWaitForDrawAsync(() => page.ByTestId($"kind-{leftOut}").UncheckAsync());
            await page.AndWaitForDrawAsync(() => page.ByTestId("min-amount").FillAsync(minAmount.ToString(CultureInfo.InvariantCulture)));
            await page.ByTestId("share").ClickAsync();
            sharedUrl = await page.ByTestId("share-url").InputValueAsync();
            drawnEdges = [.. (await page.EdgeIdsAsync()).Order()];
            Assert.Equal(page.Page.Url, sharedUrl);
        }

        var kept = kinds.Where(k => k != leftOut).ToArray();
        var expected = await fixture.Api.NetworkAsync(data.RootId, leftOut is null ? new { minAmount } : new { kinds = kept, minAmount });
        Assert.Equal(expected.EdgeIds.Order(), drawnEdges);
        Assert.NotEqual(data.RootNetwork.EdgeIds.Count, drawnEdges.Length);

        await using var reopened = await fixture.OpenPageAsync(sharedUrl);
        Assert.Equal(drawnEdges, (await reopened.EdgeIdsAsync()).Order());
        var state = await reopened.StateAsync();
        Assert.Equal(data.RootId, state.GetProperty("entity").GetString());
        Assert.Equal(minAmount, state.GetProperty("minAmount").GetDecimal());
        Assert.Equal(minAmount.ToString(CultureInfo.InvariantCulture), await reopened.ByTestId("min-amount").InputValueAsync());
        if (leftOut is not null)
        {
            Assert.DoesNotContain(leftOut, state.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
            Assert.False(await reopened.ByTestId($"kind-{leftOut}").IsCheckedAsync());
        }

        // Reloading keeps the view too.
        await reopened.Page.ReloadAsync();
        await reopened.WaitForIdleAsync(1);
        Assert.Equal(drawnEdges, (await reopened.EdgeIdsAsync()).Order());
        Assert.Empty(reopened.Errors);
    }
}
