using Graph.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Hosting;

/// <summary>
/// Builds the API server the same way for the CLI, the tests and the explorer's tests, so all of
/// them exercise exactly what users run.
/// </summary>
public static class GraphApiHost
{
    /// <param name="store">An initialised store; the caller keeps ownership.</param>
    /// <param name="urls">Addresses to listen on, e.g. http://127.0.0.1:5080 (port 0 picks a free port).</param>
    /// <param name="configureLogging">Optional logging setup; by default only warnings and errors are logged.</param>
    public static WebApplication Build(IGraphStore store, GraphApiOptions options, IEnumerable<string> urls, Action<ILoggingBuilder>? configureLogging = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (configureLogging is null)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            // A failure to start (address in use) reaches the caller as an exception, which says it
            // once and clearly; the host's own log line would repeat it with a stack trace.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        }
        else
        {
            configureLogging(builder.Logging);
        }
        // Keys may also come from configuration (appsettings.json next to the binaries, or
        // environment variables such as GraphApi__ApiKeys__0).
        var configuredKeys = builder.Configuration.GetSection("GraphApi:ApiKeys").Get<string[]>() ?? [];
        if (configuredKeys.Length > 0)
            options = options with { ApiKeys = [.. options.ApiKeys.Union(configuredKeys, StringComparer.Ordinal)] };
        builder.Services.AddGraphApi(store, options);

        var app = builder.Build();
        app.MapGraphApi();
        return app;
    }

    /// <summary>Builds and starts the server; the returned handle knows the bound addresses.</summary>
    public static async Task<GraphApiServer> StartAsync(IGraphStore store, GraphApiOptions options, IEnumerable<string> urls,
        Action<ILoggingBuilder>? configureLogging = null, CancellationToken ct = default)
    {
        var app = Build(store, options, urls, configureLogging);
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        return new GraphApiServer(app, addresses);
    }
}
