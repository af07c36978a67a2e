using Microsoft.AspNetCore.Builder;

namespace Graph.Api.Hosting;

/// <summary>A started API server. Disposing it stops it (the store stays open: it is the caller's).</summary>
public sealed class GraphApiServer : IAsyncDisposable
{
    internal GraphApiServer(WebApplication app, IReadOnlyList<string> addresses)
    {
        App = app;
        Addresses = addresses;
    }

    public WebApplication App { get; }

    /// <summary>The addresses actually bound (a requested port 0 shows the port chosen).</summary>
    public IReadOnlyList<string> Addresses { get; }

    /// <summary>The first bound address, e.g. http://127.0.0.1:5080/.</summary>
    public Uri BaseAddress => new(Addresses[0].TrimEnd('/') + "/");

    /// <summary>Completes when the server shuts down (Ctrl+C or <paramref name="ct"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken ct = default) => App.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
    }
}
