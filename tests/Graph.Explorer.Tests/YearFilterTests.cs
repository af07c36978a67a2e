using System.Text.Json;
using Graph.Explorer.Tests.Infrastructure;

namespace Graph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class YearFilterTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Moving_the_year_slider_redraws_with_the_edges_of_those_years_only()
    {
        var data = fixture.Data;
        var years = DemoData.Years(data.RootNetwork);
        await using var page = await fixture.OpenPageAsync($"?entity={Uri.EscapeDataString(data.RootId)}");
        var before = await page.EdgeCountAsync();
        Assert.Equal(data.RootNetwork.EdgeIds.Count, before);

        var last = years[^1];
        await page.AndWaitForDrawAsync(() => page.ByTestId("year-from").FillAsync(last.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var expected = await fixture.Api.NetworkAsync(data.RootId, new { yearFrom = last });
        Assert.Equal(expected.EdgeIds.Order(), (await page.EdgeIdsAsync()).Order());
        Assert.True(await page.EdgeCountAsync() < before, "Leaving out the earlier years should leave out edges.");
        Assert.Equal(last.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.ByTestId("year-label").InnerTextAsync());
        Assert.Contains($"from={last}", page.Page.Url);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Playing_the_years_draws_each_year_as_the_api_answers_it()
    {
        var data = fixture.Data;
        var years = DemoData.Years(data.RootNetwork);
        await using var page = await fixture.OpenPageAsync($"?entity={Uri.EscapeDataString(data.RootId)}");

        await page.ByTestId("year-play").ClickAsync();
        foreach (var year in new[] { years[0], years[^1] })
        {
            // Read the state and the drawing in one go, once the frame for that year is drawn.
            var frame = await page.Page.WaitForFunctionAsync(
                """
                y => {
                  const e = window.__explorer, s = e.state();
                  return !e.busy() && s.yearFrom === y && s.yearTo === y ? { edges: e.edgeIds() } : null;
                }
                """,
                year,
                new() { Timeout = 30_000, PollingInterval = 50 });
            var drawn = (await frame.JsonValueAsync<JsonElement>()).GetProperty("edges").EnumerateArray().Select(e => e.GetString()!).Order();
            var expected = await fixture.Api.NetworkAsync(data.RootId, new { yearFrom = year, yearTo = year });
            Assert.Equal(expected.EdgeIds.Order(), drawn);
        }
        await page.Page.WaitForFunctionAsync("() => document.querySelector('[data-testid=year-play]').getAttribute('aria-pressed') === 'false'");
        Assert.Empty(page.Errors);
    }
}
