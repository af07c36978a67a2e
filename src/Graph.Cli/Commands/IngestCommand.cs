using System.ComponentModel;
using System.Text.Json;
using Graph.Cli.Ingest;
using Graph.Cli.Stores;
using Graph.Core.Storage;
using Graph.Ingest;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph ingest</c>: every file is extracted and written as one filing, all or nothing. A
/// file that fails is reported with its reason and never stops the others.
/// </summary>
public sealed class IngestCommand : AsyncCommand<IngestCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "[PATHS]")]
        [Description("Note files or folders (every file inside, recursively). With --manifest alone, the manifest's files.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--manifest <CSV>")]
        [Description("CSV with columns file, reporter, cik, form, fiscal_year (and optionally filing_id, period_end).")]
        public string? Manifest { get; init; }

        [CommandOption("--reporter <NAME>")]
        [Description("The reporting company, when the note does not name it.")]
        public string? Reporter { get; init; }

        [CommandOption("--cik <CIK>")]
        public string? Cik { get; init; }

        [CommandOption("--form <FORM>")]
        [Description("Form type, e.g. 10-K or 20-F.")]
        public string? Form { get; init; }

        [CommandOption("--fiscal-year <YEAR>")]
        public int? FiscalYear { get; init; }

        [CommandOption("--filing-id <ID>")]
        [Description("Filing id (one file only); by default derived from the reporter and the file's content.")]
        public string? FilingId { get; init; }

        [CommandOption("--json")]
        [Description("Print the summary as JSON.")]
        public bool Json { get; init; }

        public override ValidationResult Validate()
        {
            var baseResult = base.Validate();
            if (!baseResult.Successful)
                return baseResult;
            if (Paths.Length == 0 && Manifest is null)
                return ValidationResult.Error("Name note files or folders, or a --manifest.");
            if (FiscalYear is < 1900 or > 2200)
                return ValidationResult.Error($"--fiscal-year {FiscalYear} is not a plausible year.");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<ManifestRow> manifest = [];
        if (settings.Manifest is not null)
        {
            try
            {
                manifest = await ManifestReader.ReadAsync(settings.Manifest, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]Cannot read the manifest:[/] {e.Message}");
                return 2;
            }
        }

        var (files, missing) = settings.Paths.Length > 0
            ? InputFiles.Expand(settings.Paths)
            : (manifest.Select(m => m.File).ToList(), (IReadOnlyList<string>)[]);
        if (settings.FilingId is not null && files.Count > 1)
        {
            AnsiConsole.MarkupLine("[red]--filing-id names one filing, but several files were given.[/]");
            return 2;
        }

        var summary = new IngestSummary();
        foreach (var path in missing)
            summary.Fail(path, "no such file or folder");

        await using var store = await StoreFactory.OpenAsync(settings, cancellationToken);
        var ingestor = new NoteIngestor(store);
        var rows = manifest
            .GroupBy(m => m.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        async Task IngestOneAsync(string file)
        {
            var source = SourceFor(file, settings, rows.GetValueOrDefault(file));
            try
            {
                var result = await ingestor.IngestFileAsync(file, source, cancellationToken);
                summary.Succeeded(file, result.Outcome, result.Skipped.Count, result.AliasMerges.Count);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                // One bad file must not stop the run; its transaction was rolled back by the store.
                summary.Fail(file, e is NoteIngestException ? e.Message : $"{e.GetType().Name}: {e.Message}");
            }
        }

        try
        {
            if (files.Count > 1 && !settings.Json && AnsiConsole.Profile.Capabilities.Interactive)
            {
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async ctx =>
                    {
                        var task = ctx.AddTask("Ingesting", maxValue: files.Count);
                        foreach (var file in files)
                        {
                            task.Description = Markup.Escape(Path.GetFileName(file));
                            await IngestOneAsync(file);
                            task.Increment(1);
                        }
                        task.Description = "Ingested";
                    });
            }
            else
            {
                foreach (var file in files)
                    await IngestOneAsync(file);
            }
        }
        catch (OperationCanceledException)
        {
            AnsiConsole.MarkupLine("[yellow]Cancelled: filings written so far are complete; the one in progress was rolled back.[/]");
            return 130;
        }

        var stats = await store.GetStatsAsync(cancellationToken);
        if (settings.Json)
            Console.Out.WriteLine(JsonSerializer.Serialize(ToJson(summary, stats), JsonOutput.Options));
        else
            Print(summary, stats);
        return summary.Failed.Count == 0 ? 0 : 1;
    }

    private static NoteSource SourceFor(string file, Settings settings, ManifestRow? row) => new()
    {
        Reporter = row?.Reporter ?? settings.Reporter,
        Cik = row?.Cik ?? settings.Cik,
        Form = row?.Form ?? settings.Form,
        FiscalYear = row?.FiscalYear ?? settings.FiscalYear,
        FilingId = row?.FilingId ?? settings.FilingId,
        PeriodEnd = row?.PeriodEnd,
        Source = file,
        NoteName = Path.GetFileName(file),
    };

    private static object ToJson(IngestSummary s, GraphStats stats) => new
    {
        added = s.Added,
        replaced = s.Replaced,
        unchanged = s.Unchanged,
        entitiesAdded = s.EntitiesAdded,
        edgesWritten = s.EdgesWritten,
        factsSkipped = s.FactsSkipped,
        aliasMerges = s.AliasMerges,
        failed = s.Failed.Select(f => new { file = f.File, reason = f.Reason }),
        filings = s.Done.Select(d => new { file = d.File, id = d.Outcome.FilingId, status = d.Outcome.Status.ToString().ToLowerInvariant(), edges = d.Outcome.EdgesWritten, skipped = d.Skipped }),
        graph = StatsCommand.ToJson(stats),
    };

    private static void Print(IngestSummary s, GraphStats stats)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Ingest").AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("Filings added", s.Added.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Filings replaced", s.Replaced.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Filings unchanged", s.Unchanged.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Entities added", s.EntitiesAdded.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Edges written", s.EdgesWritten.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Facts skipped", s.FactsSkipped.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Merged by defined alias", s.AliasMerges.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow(s.Failed.Count > 0 ? "[red]Files failed[/]" : "Files failed", s.Failed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        foreach (var (file, reason) in s.Failed)
            AnsiConsole.MarkupLineInterpolated($"[red]failed[/] {file}: {reason}");
        AnsiConsole.MarkupLineInterpolated(
            $"Graph now: {stats.Entities} entities, {stats.Filings} filings, {stats.Transactions} transactions, {stats.Balances} balances.");
    }
}
