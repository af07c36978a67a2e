using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests;

/// <summary>ingestNote runs the real extraction and ingest pipeline behind the API key.</summary>
public sealed class IngestTests : IAsyncLifetime
{
    private const string Note =
        "Related Party Transactions\n\n" +
        "Shanghai Keshen Information Technology Co., Ltd (\"Shanghai Keshen\") is controlled by the Company's chairman.\n" +
        "The Company provided CPaaS services to Shanghai Keshen of RMB1,341, RMB913 and RMB162 for the years ended December 31, 2022, 2023 and 2024, respectively.\n";

    private const string Ingest = """
        mutation($input: IngestNoteInput!) { ingestNote(input: $input) {
          filingId status entitiesAdded edgesWritten factsExtracted reporterId
          skipped { reason } filing { form fiscalYear reporter { name } } } }
        """;

    private TestGraph graph = null!;
    private TestServer server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Input(string text) => new { input = new { text, reporter = "Keshen Parent Group Ltd", form = "20-F", fiscalYear = 2024, filingId = "keshen-parent-20f-2024" } };

    public async ValueTask InitializeAsync()
    {
        graph = await TestGraph.CreateAsync(Ct, withNotes: false);
        server = await TestServer.StartAsync(graph.Store, ct: Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        await graph.DisposeAsync();
    }

    [Fact]
    public async Task Ingesting_without_a_key_is_refused_and_writes_nothing()
    {
        var response = await server.Client.PostAsync(Ingest, Input(Note), ct: Ct);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Equal(0, (await graph.Store.GetStatsAsync(Ct)).Filings);
    }

    [Fact]
    public async Task A_note_is_extracted_written_and_then_queryable_and_idempotent()
    {
        var first = (await server.Client.PostAsync(Ingest, Input(Note), TestServer.ValidKey, Ct)).Ok()["ingestNote"]!;
        Assert.Equal("ADDED", first["status"]!.GetValue<string>());
        Assert.Equal("keshen-parent-20f-2024", first["filingId"]!.GetValue<string>());
        Assert.True(first["edgesWritten"]!.GetValue<int>() >= 3, first.ToJsonString());
        Assert.Equal("20-F", first["filing"]!["form"]!.GetValue<string>());
        Assert.Equal("Keshen Parent Group Ltd", first["filing"]!["reporter"]!["name"]!.GetValue<string>());

        var found = (await server.Client.PostAsync("""
            { entities(search: "keshen information") { edges { node { name counterparties { entity { name } totals { kind year amount } } } } } }
            """, ct: Ct)).Ok();
        var keshen = Assert.Single(found["entities"]!["edges"]!.AsArray())!["node"]!;
        var totals = keshen["counterparties"]![0]!["totals"]!.AsArray();
        Assert.True(totals.Any(t => t!["kind"]!.GetValue<string>() == "REVENUE" && t["year"]!.GetValue<int>() == 2023 && t["amount"]!.GetValue<decimal>() == 913m), totals.ToJsonString());

        var again = (await server.Client.PostAsync(Ingest, Input(Note), TestServer.ValidKey, Ct)).Ok()["ingestNote"]!;
        Assert.Equal("UNCHANGED", again["status"]!.GetValue<string>());
        Assert.Equal(1, (await graph.Store.GetStatsAsync(Ct)).Filings);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("\u0000\u0001\u0002\u0000binary\u0000\u0000\u0000\u0000")]
    public async Task Text_that_is_not_a_note_is_input_rejected(string text)
    {
        var response = await server.Client.PostAsync(Ingest, Input(text), TestServer.ValidKey, Ct);
        Assert.Equal(["INPUT_REJECTED"], response.ErrorCodes);
        Assert.DoesNotContain("   at ", response.Text);
        Assert.Equal(0, (await graph.Store.GetStatsAsync(Ct)).Filings);
    }
}
