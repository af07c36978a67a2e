using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Graph.Cli.Ingest;
using Graph.Cli.Stores;
using Graph.Core.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph stats</c>: what a graph store holds.</summary>
public sealed class StatsCommand : AsyncCommand<StatsCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--json")]
        [Description("Print the counts as JSON.")]
        public bool Json { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreFactory.OpenAsync(settings, cancellationToken);
        var stats = await store.GetStatsAsync(cancellationToken);
        if (settings.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(ToJson(stats), JsonOutput.Options));
            return 0;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Graph").AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("Entities", Format(stats.Entities));
        foreach (var (type, count) in stats.EntitiesByType.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            table.AddRow($"  {Markup.Escape(type)}", Format(count));
        table.AddRow("Filings", Format(stats.Filings));
        table.AddRow("Transactions", Format(stats.Transactions));
        table.AddRow("Balances", Format(stats.Balances));
        table.AddRow("Related-party links", Format(stats.RelatedParties));
        table.AddRow("SAME_AS judgements", Format(stats.SameAs));
        AnsiConsole.Write(table);
        return 0;
    }

    /// <summary>The JSON shape of the counts, shared with <c>graph ingest --json</c>.</summary>
    internal static object ToJson(GraphStats stats) => new
    {
        entities = stats.Entities,
        entitiesByType = stats.EntitiesByType.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value),
        filings = stats.Filings,
        transactions = stats.Transactions,
        balances = stats.Balances,
        relatedParties = stats.RelatedParties,
        sameAs = stats.SameAs,
    };

    private static string Format(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
