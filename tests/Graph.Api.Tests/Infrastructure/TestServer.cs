using Graph.Api.Hosting;
using Graph.Core.Storage;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>The real API server on a free loopback port, with an HttpClient pointed at it.</summary>
public sealed class TestServer : IAsyncDisposable
{
    public const string ValidKey = "test-key-0123456789";

    private TestServer(GraphApiServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Client = new GraphQLClient(Http);
    }

    public GraphApiServer Server { get; }

    public HttpClient Http { get; }

    public GraphQLClient Client { get; }

    public static GraphApiOptions DefaultOptions => new() { ApiKeys = [ValidKey] };

    public static async Task<TestServer> StartAsync(IGraphStore store, GraphApiOptions? options = null, CancellationToken ct = default)
    {
        var server = await GraphApiHost.StartAsync(store, options ?? DefaultOptions, ["http://127.0.0.1:0"], ct: ct);
        return new TestServer(server);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
