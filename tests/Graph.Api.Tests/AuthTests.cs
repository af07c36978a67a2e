using System.Net;
using Graph.Api.Tests.Infrastructure;
using static Graph.Api.Tests.Infrastructure.TestNotes;

namespace Graph.Api.Tests;

public sealed class AuthTests : IAsyncLifetime
{
    private TestGraph graph = null!;
    private TestServer server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Merge = "mutation($ids: [ID!]!) { mergeEntities(ids: $ids, reason: \"same company\") { id entityId targetId method by reason } }";

    public async ValueTask InitializeAsync()
    {
        graph = await TestGraph.CreateAsync(Ct);
        server = await TestServer.StartAsync(graph.Store, ct: Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        await graph.DisposeAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    [InlineData(TestServer.ValidKey + "x")]
    public async Task Mutations_without_a_valid_key_are_refused_and_change_nothing(string? key)
    {
        var response = await server.Client.PostAsync(Merge, new { ids = new[] { TestGraph.IdOf(Gamma), TestGraph.IdOf(Smith) } }, key, Ct);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        var stats = await graph.Store.GetStatsAsync(Ct);
        Assert.Equal(0, stats.SameAs);
    }

    [Fact]
    public async Task Merge_reads_through_the_cluster_and_unmerge_undoes_it()
    {
        var ids = new[] { TestGraph.IdOf(Gamma), TestGraph.IdOf(Smith) };
        var merged = (await server.Client.PostAsync(Merge, new { ids }, TestServer.ValidKey, Ct)).Ok();
        var link = Assert.Single(merged["mergeEntities"]!.AsArray())!;
        Assert.Equal(ids[1], link["entityId"]!.GetValue<string>());
        Assert.Equal(ids[0], link["targetId"]!.GetValue<string>());
        Assert.Equal("same company", link["reason"]!.GetValue<string>());

        // The merged-away id now resolves to the target.
        var read = (await server.Client.PostAsync("query($id: ID!) { entity(id: $id) { id sameAs { id } } }", new { id = ids[1] }, ct: Ct)).Ok();
        Assert.Equal(ids[0], read["entity"]!["id"]!.GetValue<string>());
        Assert.NotEmpty(read["entity"]!["sameAs"]!.AsArray());

        var undone = (await server.Client.PostAsync("mutation($id: ID!) { unmerge(id: $id) }", new { id = link["id"]!.GetValue<string>() }, TestServer.ValidKey, Ct)).Ok();
        Assert.True(undone["unmerge"]!.GetValue<bool>());
        var after = (await server.Client.PostAsync("query($id: ID!) { entity(id: $id) { id } }", new { id = ids[1] }, ct: Ct)).Ok();
        Assert.Equal(ids[1], after["entity"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Merging_unknown_entities_is_not_found()
    {
        var response = await server.Client.PostAsync(Merge, new { ids = new[] { TestGraph.IdOf(Gamma), "no-such-entity" } }, TestServer.ValidKey, Ct);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }

    [Fact]
    public async Task Reads_need_a_key_when_configured()
    {
        await using var closed = await TestServer.StartAsync(graph.Store, TestServer.DefaultOptions with { RequireApiKeyForReads = true }, Ct);
        var refused = await closed.Client.PostAsync("{ stats { filings } }", ct: Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal(["UNAUTHENTICATED"], refused.ErrorCodes);
        var allowed = await closed.Client.PostAsync("{ stats { filings } }", apiKey: TestServer.ValidKey, ct: Ct);
        Assert.Equal(2, allowed.Ok()["stats"]!["filings"]!.GetValue<int>());
    }

    [Fact]
    public async Task Without_configured_keys_every_mutation_is_refused()
    {
        await using var keyless = await TestServer.StartAsync(graph.Store, new GraphApiOptions(), Ct);
        var response = await keyless.Client.PostAsync("mutation { unmerge(id: \"x\") }", apiKey: "", ct: Ct);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }
}
