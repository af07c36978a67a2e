using System.ComponentModel;
using Graph.Cli.Serving;
using Graph.Cli.Stores;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph serve</c>: the GraphQL API and the explorer page over an existing store.</summary>
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : StoreSettings, IApiServingSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description(ApiOptionDescriptions.Urls)]
        [DefaultValue(ApiSettings.DefaultUrl)]
        public string Urls { get; init; } = ApiSettings.DefaultUrl;

        [CommandOption("--api-key <KEY>")]
        [Description(ApiOptionDescriptions.ApiKey)]
        public string[] ApiKeys { get; init; } = [];

        [CommandOption("--require-key-for-reads")]
        [Description(ApiOptionDescriptions.RequireKeyForReads)]
        public bool RequireKeyForReads { get; init; }

        [CommandOption("--explorer <DIR>")]
        [Description(ApiOptionDescriptions.Explorer)]
        public string? Explorer { get; init; }

        [CommandOption("--timeout <SECONDS>")]
        [Description(ApiOptionDescriptions.Timeout)]
        [DefaultValue(30)]
        public int TimeoutSeconds { get; init; } = 30;

        public override ValidationResult Validate()
        {
            var store = base.Validate();
            return store.Successful ? ApiSettings.Validate(this) : store;
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Store == "sqlite" && !File.Exists(settings.Db))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No graph database at {settings.Db}.[/] Create one with [bold]graph ingest[/], or try [bold]graph demo[/].");
            return 1;
        }
        await using var store = await OpenAsync(settings, cancellationToken);
        if (store is null) return 1;
        AnsiConsole.MarkupLineInterpolated($"Serving {(settings.Store == "sqlite" ? Path.GetFullPath(settings.Db) : "Neo4j")}");
        return await ApiRunner.RunAsync(store, ApiSettings.From(settings), cancellationToken);
    }

    private static async Task<Core.Storage.IGraphStore?> OpenAsync(Settings settings, CancellationToken ct)
    {
        try
        {
            return await StoreFactory.OpenAsync(settings, ct);
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or IOException or HttpRequestException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Cannot open the store:[/] {e.Message}");
            return null;
        }
    }
}
