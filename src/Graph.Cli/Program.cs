using Graph.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("graph");
    config.AddCommand<ExtractCommand>("extract")
        .WithDescription("Extract parties and facts from related-party notes (text, EDGAR R-page text or HTML) into FACTS.md JSON.");
    config.AddCommand<EvalCommand>("eval")
        .WithDescription("Score extraction against gold labels: precision, recall and F1.");
    config.AddCommand<IngestCommand>("ingest")
        .WithDescription("Extract notes and write them into a graph store, all-or-nothing per filing.");
    config.AddCommand<StatsCommand>("stats")
        .WithDescription("Count entities, filings and edges in a graph store.");
    config.AddCommand<ResolveCommand>("resolve")
        .WithDescription("Entity resolution: suggest, merge and unmerge entities.");
    config.AddCommand<ServeCommand>("serve")
        .WithDescription("Serve the GraphQL API and the explorer page over a graph store.");
    config.AddCommand<DemoCommand>("demo")
        .WithDescription("Ingest samples/ into an embedded store and serve it.");
    config.AddCommand<ExportCommand>("export")
        .WithDescription("Export the graph as neo4j-admin import CSV files or a Cypher script.");
});

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
return await app.RunAsync(args, cts.Token);
