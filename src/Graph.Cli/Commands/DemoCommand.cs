using System.ComponentModel;
using System.Globalization;
using Graph.Cli.Serving;
using Graph.Cli.Stores;
using Graph.Core.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph demo</c>: ingest <c>samples/</c> into an embedded store (a temporary file unless
/// <c>--db</c> is given) and serve it, so one command shows the whole product.
/// </summary>
public sealed class DemoCommand : AsyncCommand<DemoCommand.Settings>
{
    public sealed class Settings : CommandSettings, IApiServingSettings
    {
        [CommandOption("--db <PATH>")]
        [Description("SQLite file to ingest into and keep (default: a temporary file deleted on exit).")]
        public string? Db { get; init; }

        [CommandOption("--samples <DIR>")]
        [Description("Folder with the notes and manifest.csv (default: samples/ here or above the executable).")]
        public string? Samples { get; init; }

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

        public override ValidationResult Validate() => ApiSettings.Validate(this);
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var samples = SamplesFolder.Find(settings.Samples);
        if (samples is null)
        {
            if (settings.Samples is null)
                AnsiConsole.MarkupLineInterpolated($"[red]No samples/ folder with {SamplesFolder.ManifestName} found[/] in {Directory.GetCurrentDirectory()} or above the executable. Run from the repository root, or pass --samples DIR.");
            else
                AnsiConsole.MarkupLineInterpolated($"[red]{settings.Samples} has no {SamplesFolder.ManifestName}.[/]");
            return 1;
        }

        var temporary = settings.Db is null;
        var dbPath = Path.GetFullPath(settings.Db ?? Path.Combine(Path.GetTempPath(), $"graph-demo-{Guid.NewGuid():N}.db"));
        try
        {
            await using var store = await StoreFactory.OpenAsync(new StoreSettings { Db = dbPath }, cancellationToken);
            var ingested = await IngestSamplesAsync(store, samples, cancellationToken);
            if (ingested == 0)
            {
                AnsiConsole.MarkupLine("[red]No sample could be ingested; nothing to serve.[/]");
                return 1;
            }
            var stats = await store.GetStatsAsync(cancellationToken);
            AnsiConsole.MarkupLineInterpolated(
                $"Graph in {dbPath}{(temporary ? " (temporary)" : "")}: [bold]{stats.Entities}[/] entities, [bold]{stats.Filings}[/] filings, [bold]{stats.Transactions}[/] transactions, [bold]{stats.Balances}[/] balances, [bold]{stats.RelatedParties}[/] related-party links.");
            return await ApiRunner.RunAsync(store, ApiSettings.From(settings), cancellationToken);
        }
        finally
        {
            if (temporary) DeleteDatabase(dbPath);
        }
    }

    private static async Task<int> IngestSamplesAsync(IGraphStore store, string samples, CancellationToken ct)
    {
        IReadOnlyList<SampleOutcome> outcomes;
        try
        {
            outcomes = await SampleLoader.IngestAsync(store, samples, ct);
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Cannot read the manifest:[/] {e.Message}");
            return 0;
        }

        var table = new Table().AddColumns("Sample", "Reporter", "Form", "Year", "Status", "Edges", "Skipped");
        foreach (var (file, source, result, error) in outcomes)
        {
            var name = Markup.Escape(Path.GetFileName(file));
            var form = Markup.Escape(source.Form ?? "");
            var year = source.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? "";
            if (result is null)
            {
                table.AddRow(name, Markup.Escape(source.Reporter ?? ""), form, year, "[red]failed[/]", "", Markup.Escape(error ?? ""));
                continue;
            }
            var graph = result.Graph;
            var reporter = graph.Entities.FirstOrDefault(e => e.Id == graph.Filing.ReporterId)?.Name ?? graph.Filing.ReporterId;
            table.AddRow(name, Markup.Escape(reporter), form, year, result.Outcome.Status.ToString(),
                result.Outcome.EdgesWritten.ToString(CultureInfo.InvariantCulture), result.Skipped.Count.ToString(CultureInfo.InvariantCulture));
        }
        var ok = outcomes.Count(o => o.Result is not null);
        AnsiConsole.MarkupLineInterpolated($"Ingested {ok} of {outcomes.Count} samples from {samples}:");
        AnsiConsole.Write(table);
        return ok;
    }

    private static void DeleteDatabase(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            try { File.Delete(file); }
            catch (IOException) { /* left in the temp folder; harmless */ }
        }
    }
}
