using System.ComponentModel;
using System.Globalization;
using Graph.Cli.Stores;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph resolve</c>: entity resolution by hand. Suggestions are only shown; a merge records
/// a SAME_AS judgement that every read goes through, and an unmerge withdraws it.
/// </summary>
public sealed class ResolveCommand : AsyncCommand<ResolveCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--suggest")]
        [Description("List fuzzy merge candidates (nothing is changed).")]
        public bool Suggest { get; init; }

        [CommandOption("--json")]
        [Description("Print suggestions as JSON.")]
        public bool Json { get; init; }

        [CommandOption("--limit <N>")]
        [DefaultValue(20)]
        public int Limit { get; init; } = 20;

        [CommandOption("--merge")]
        [Description("Merge: graph resolve --merge ENTITY TARGET records that ENTITY is the same as TARGET.")]
        public bool Merge { get; init; }

        [CommandArgument(0, "[IDS]")]
        public string[] Ids { get; init; } = [];

        [CommandOption("--reason <TEXT>")]
        public string? Reason { get; init; }

        [CommandOption("--by <NAME>")]
        [Description("Who makes the judgement (default: the user name).")]
        public string? By { get; init; }

        [CommandOption("--unmerge <ID>")]
        [Description("Undo a merge: a SAME_AS link id, or an entity id to undo every merge of it.")]
        public string? Unmerge { get; init; }

        public override ValidationResult Validate()
        {
            var baseResult = base.Validate();
            if (!baseResult.Successful)
                return baseResult;
            var modes = (Suggest ? 1 : 0) + (Merge ? 1 : 0) + (Unmerge is not null ? 1 : 0);
            if (modes != 1)
                return ValidationResult.Error("Choose one of --suggest, --merge ENTITY TARGET or --unmerge ID.");
            if (Merge && Ids.Length != 2)
                return ValidationResult.Error("--merge takes two entity ids: the entity and the one it is the same as.");
            if (!Merge && Ids.Length > 0)
                return ValidationResult.Error($"Unexpected argument '{Ids[0]}'.");
            return Limit < 1 ? ValidationResult.Error("--limit must be at least 1.") : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreFactory.OpenAsync(settings, cancellationToken);
        if (settings.Suggest)
        {
            var suggestions = await store.SuggestMergesAsync(settings.Limit, cancellationToken);
            if (settings.Json)
            {
                Console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(suggestions, Ingest.JsonOutput.Options));
                return 0;
            }
            if (suggestions.Count == 0)
            {
                AnsiConsole.MarkupLine("No merge candidates.");
                return 0;
            }
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("Entity").AddColumn("Same as").AddColumn("Method").AddColumn("Score").AddColumn("Why");
            foreach (var s in suggestions)
                table.AddRow(Markup.Escape(s.EntityId), Markup.Escape(s.TargetId), Markup.Escape(s.Method),
                    s.Score.ToString("0.00", CultureInfo.InvariantCulture), Markup.Escape(s.Why));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine("Apply one with [bold]graph resolve --merge ENTITY TARGET[/].");
            return 0;
        }

        if (settings.Merge)
        {
            try
            {
                var link = await store.MergeAsync(settings.Ids[0], settings.Ids[1], "manual", 1.0,
                    settings.By ?? Environment.UserName, settings.Reason, cancellationToken);
                AnsiConsole.MarkupLineInterpolated($"Merged {link.EntityId} into {link.TargetId} (SAME_AS {link.Id}).");
                return 0;
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]Not merged:[/] {e.Message}");
                return 1;
            }
        }

        if (await store.UnmergeAsync(settings.Unmerge!, cancellationToken))
        {
            AnsiConsole.MarkupLineInterpolated($"Unmerged {settings.Unmerge}.");
            return 0;
        }
        AnsiConsole.MarkupLineInterpolated($"[red]No active merge matches '{settings.Unmerge}'.[/]");
        return 1;
    }
}
