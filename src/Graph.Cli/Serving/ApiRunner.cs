using Graph.Api.Hosting;
using Graph.Core.Storage;
using Spectre.Console;

namespace Graph.Cli.Serving;

/// <summary>Starts the API over an open store, says where it listens and runs until Ctrl+C.</summary>
internal static class ApiRunner
{
    public static async Task<int> RunAsync(IGraphStore store, ApiSettings settings, CancellationToken ct)
    {
        GraphApiServer server;
        try
        {
            server = await GraphApiHost.StartAsync(store, settings.Options, settings.Urls, ct: ct);
        }
        catch (IOException e)
        {
            // Kestrel reports an address in use as an IOException.
            AnsiConsole.MarkupLineInterpolated($"[red]Cannot listen on {string.Join(", ", settings.Urls)}:[/] {e.Message}");
            return 1;
        }
        await using (server)
        {
            foreach (var address in server.Addresses)
            {
                var root = address.TrimEnd('/');
                AnsiConsole.MarkupLineInterpolated($"Explorer  [link]{root}/[/]");
                AnsiConsole.MarkupLineInterpolated($"GraphQL   [link]{root}/graphql[/]");
            }
            AnsiConsole.MarkupLineInterpolated(
                $"[grey]Mutations {(settings.Options.ApiKeys.Count == 0 ? "disabled (no API key configured)" : "need X-Api-Key")}; reads {(settings.Options.RequireApiKeyForReads ? "need X-Api-Key" : "open")}. Ctrl+C stops.[/]");
            try
            {
                await server.WaitForShutdownAsync(ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: a normal stop.
            }
        }
        AnsiConsole.MarkupLine("[grey]Stopped.[/]");
        return 0;
    }
}
