using System.ComponentModel;
using System.Text;
using Graph.Cli.Export;
using Graph.Cli.Stores;
using Graph.Storage.Neo4j.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph export --format neo4j-csv --db graph.db --out dir/</c> writes neo4j-admin import files and
/// prints the import command; <c>--format cypher --out load.cypher</c> writes a Cypher script.
/// Reads from any store (--store), so a Neo4j database can be exported too.
/// </summary>
public sealed class ExportCommand : AsyncCommand<ExportCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("neo4j-csv (files for neo4j-admin database import full) or cypher (a script for Browser or cypher-shell).")]
        [DefaultValue(ExportFormat.Neo4jCsv)]
        public string Format { get; init; } = ExportFormat.Neo4jCsv;

        [CommandOption("--out <PATH>")]
        [Description("Directory for neo4j-csv; file for cypher.")]
        public string? Out { get; init; }

        [CommandOption("--database <NAME>")]
        [Description("Database named in the printed neo4j-admin command.")]
        [DefaultValue("neo4j")]
        public string Database { get; init; } = "neo4j";

        public override ValidationResult Validate()
        {
            var baseResult = base.Validate();
            if (!baseResult.Successful)
                return baseResult;
            if (!ExportFormat.All.Contains(Format))
                return ValidationResult.Error($"--format must be {string.Join(" or ", ExportFormat.All)}, not '{Format}'.");
            if (string.IsNullOrWhiteSpace(Out))
                return ValidationResult.Error(Format == ExportFormat.Cypher
                    ? "--out is required: the script file to write (e.g. --out load.cypher)."
                    : "--out is required: the directory for the CSV files (e.g. --out import/).");
            if (Format == ExportFormat.Neo4jCsv && File.Exists(Out))
                return ValidationResult.Error($"--out '{Out}' is a file; neo4j-csv writes a directory of files.");
            if (Format == ExportFormat.Cypher && Directory.Exists(Out))
                return ValidationResult.Error($"--out '{Out}' is a directory; cypher writes one script file.");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Store == "sqlite" && !File.Exists(settings.Db))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No graph database at '{settings.Db}'.[/] Ingest first, or give --db.");
            return 1;
        }
        Core.Storage.IGraphStore store;
        try
        {
            store = await StoreFactory.OpenAsync(settings, cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Cannot open the store:[/] {e.Message}");
            return 1;
        }
        await using var _ = store;
        var output = settings.Out!;
        if (settings.Format == ExportFormat.Cypher)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(output));
            if (!string.IsNullOrEmpty(directory))
                Directory.CreateDirectory(directory);
            await using var writer = new StreamWriter(output, append: false, new UTF8Encoding(false));
            var written = await new CypherScriptExporter().ExportAsync(store, writer, cancellationToken);
            AnsiConsole.MarkupLineInterpolated(
                $"Wrote [green]{output}[/]: {written.Entities} entities, {written.Filings} filings, {written.Edges} edges, {written.RelatedParties} related-party links, {written.SameAs} SAME_AS.");
            AnsiConsole.MarkupLineInterpolated($"Load it with: cypher-shell -a neo4j://localhost:7687 -u neo4j -f {output}");
            return 0;
        }

        var result = await new Neo4jCsvExporter().ExportAsync(store, output, cancellationToken);
        AnsiConsole.MarkupLineInterpolated(
            $"Wrote [green]{result.Directory}[/]: {result.Entities} entities, {result.Filings} filings, {result.Edges} edges, {result.RelatedParties} related-party links, {result.SameAs} SAME_AS.");
        AnsiConsole.WriteLine("Load them into a stopped Neo4j (or an offline database) with:");
        Console.WriteLine(result.ImportCommand(settings.Database));
        AnsiConsole.WriteLine("With docker compose: stop the server, import with the directory mounted at /import, start again:");
        Console.WriteLine("docker compose stop api neo4j");
        Console.WriteLine($"docker compose run --rm --no-deps -v \"{result.Directory}:/import\" neo4j {result.ImportCommand(settings.Database, "/import")}");
        Console.WriteLine("docker compose up -d neo4j api");
        return 0;
    }
}
