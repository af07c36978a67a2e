using System.Globalization;
using System.Text.Json;
using Graph.Explorer.Tests.Infrastructure;

namespace Graph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class EdgeEvidenceTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Clicking_an_edge_shows_its_kind_year_amount_filing_and_the_quote_with_the_figure_marked()
    {
        var data = fixture.Data;
        var quoted = data.RootNetwork.Raw.GetProperty("edges").EnumerateArray()
            .Where(DemoData.HasQuote)
            .Select(e => e.GetProperty("id").GetString()!)
            .ToHashSet();

        await using var page = await fixture.OpenPageAsync($"?entity={Uri.EscapeDataString(data.RootId)}");
        var id = await ClearestAsync(page, quoted);
        var answer = (await fixture.Api.QueryAsync(
            """
            query($root: ID!) { network(root: $root) { edges {
              id kind year amount currency scale filing { id } evidence { quote }
            } } }
            """,
            new { root = data.RootId })).GetProperty("network").GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

        await page.ClickDrawnAsync(id);

        var details = page.ByTestId("edge-details");
        await details.WaitForAsync();
        Assert.Equal(id, await details.GetAttributeAsync("data-edge-id"));
        Assert.Equal(answer.GetProperty("kind").GetString()!.ToLowerInvariant().Replace('_', ' '), await page.ByTestId("edge-kind").InnerTextAsync());
        Assert.Contains(answer.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture), await page.ByTestId("edge-year").InnerTextAsync());
        var amountText = await page.ByTestId("edge-amount").InnerTextAsync();
        Assert.Contains(answer.GetProperty("currency").GetString()!, amountText);
        Assert.Contains(answer.GetProperty("amount").GetDecimal().ToString("#,0.##", CultureInfo.InvariantCulture), amountText);
        Assert.Contains(answer.GetProperty("filing").GetProperty("id").GetString()!, await page.ByTestId("edge-filing").InnerTextAsync());

        var quote = answer.GetProperty("evidence").GetProperty("quote").GetString()!;
        Assert.Equal(Normalize(quote), Normalize(await page.ByTestId("evidence-quote").InnerTextAsync()));
        var marks = await page.ByTestId("evidence-figure").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Contains(m, quote));
        Assert.Contains(marks, m => Figure(m) == answer.GetProperty("amount").GetDecimal());

        Assert.Contains($"sel=edge%3A{Uri.EscapeDataString(id)}", page.Page.Url);
        Assert.Empty(page.Errors);
        var path = Artifacts.PathFor("explorer-evidence.png");
        await page.Page.ScreenshotAsync(new() { Path = path });
        TestContext.Current.TestOutputHelper?.WriteLine($"Explorer screenshot: {path}");
    }

    /// <summary>The candidate edge drawn farthest from every other node and edge, so a click hits it alone.</summary>
    private static async Task<string> ClearestAsync(ExplorerPage page, IReadOnlySet<string> candidates)
    {
        var ids = (await page.NodeIdsAsync()).Concat(await page.EdgeIdsAsync()).ToArray();
        var positions = (await page.Page.EvaluateAsync<JsonElement>(
                "ids => ids.map(id => [id, window.__explorer.positionOf(id)])", ids))
            .EnumerateArray()
            .Select(p => (Id: p[0].GetString()!, X: p[1].GetProperty("x").GetDouble(), Y: p[1].GetProperty("y").GetDouble()))
            .ToList();
        return positions
            .Where(p => candidates.Contains(p.Id))
            .OrderByDescending(p => positions.Where(o => o.Id != p.Id).Min(o => Math.Sqrt(((o.X - p.X) * (o.X - p.X)) + ((o.Y - p.Y) * (o.Y - p.Y)))))
            .First().Id;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The value of a marked figure: "1,341" is 1341, "1.2 million" is 1,200,000.</summary>
    private static decimal Figure(string marked)
    {
        var parts = marked.Trim().Split(' ', 2);
        var number = decimal.Parse(parts[0].Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var multiplier = parts.Length < 2 ? 1m : parts[1].Trim().ToLowerInvariant() switch
        {
            "billion" or "bn" => 1_000_000_000m,
            "million" or "mn" or "m" => 1_000_000m,
            "thousand" or "k" => 1_000m,
            _ => 1m,
        };
        return parts.Length < 2 ? number : number * multiplier;
    }
}
