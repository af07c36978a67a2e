using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests;

/// <summary>Time budgets and client disconnects reach the store as cancellation.</summary>
public sealed class LifetimeTests : IAsyncLifetime
{
    private TestGraph graph = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => graph = await TestGraph.CreateAsync(Ct);

    public async ValueTask DisposeAsync() => await graph.DisposeAsync();

    [Fact]
    public async Task Executions_past_the_time_budget_end_with_a_timeout_error()
    {
        var slow = new CountingGraphStore(graph.Store);
        await using var server = await TestServer.StartAsync(slow, TestServer.DefaultOptions with { ExecutionTimeout = TimeSpan.FromMilliseconds(500) }, Ct);
        // Warm up first, so the budget is spent waiting on the store rather than on start-up work.
        (await server.Client.PostAsync("{ stats { filings } }", ct: Ct)).Ok();
        slow.ReadDelay = TimeSpan.FromSeconds(30);

        var response = await server.Client.PostAsync("{ stats { filings } }", ct: Ct);

        Assert.Contains("TIMEOUT", response.ErrorCodes);
        Assert.DoesNotContain("   at ", response.Text);
        Assert.True(await slow.ReadCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct));
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_the_store_call()
    {
        var slow = new CountingGraphStore(graph.Store) { ReadDelay = TimeSpan.FromMinutes(2) };
        await using var server = await TestServer.StartAsync(slow, ct: Ct);
        using var gone = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var request = server.Client.PostAsync("{ network(root: \"x\") { omitted } }", ct: gone.Token);
        await slow.ReadStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await gone.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        Assert.True(await slow.ReadCancelled.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct));
    }
}
