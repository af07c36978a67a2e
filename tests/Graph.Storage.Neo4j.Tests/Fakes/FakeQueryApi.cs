using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Storage.Neo4j.Tests.Fakes;

/// <summary>
/// An in-process fake of Neo4j's HTTP Query API on Kestrel at 127.0.0.1: it records each request
/// as it arrived on the wire and answers with whatever the test's responder returns, so the client
/// is exercised over real HTTP against the documented request and reply shapes.
/// </summary>
internal sealed class FakeQueryApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeQueryApi(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeQueryApi> StartAsync(Func<RecordedRequest, FakeReply> responder, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeQueryApi(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var recorded = new RecordedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? "",
                context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
                body);
            fake._requests.Enqueue(recorded);
            var reply = responder(recorded);
            context.Response.StatusCode = reply.Status;
            foreach (var (name, value) in reply.Headers)
                context.Response.Headers[name] = value;
            if (reply.Body is not null)
            {
                context.Response.ContentType = reply.ContentType;
                await context.Response.WriteAsync(reply.Body, context.RequestAborted);
            }
        });
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUri = new Uri(address);
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A request as the fake received it; header names are lower case.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());
}

/// <summary>What the fake answers.</summary>
internal sealed record FakeReply(int Status, string? Body, IReadOnlyDictionary<string, string> Headers, string ContentType = "application/vnd.neo4j.query")
{
    public static FakeReply Accepted(string body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(202, body, headers ?? new Dictionary<string, string>());

    public static FakeReply Error(int status, string? body) =>
        new(status, body, new Dictionary<string, string>(), "application/json");
}
