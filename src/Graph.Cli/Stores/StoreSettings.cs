using System.ComponentModel;
using Spectre.Console.Cli;

namespace Graph.Cli.Stores;

/// <summary>Options every command that opens a graph store shares.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--store <KIND>")]
    [Description("Graph store: sqlite (embedded file, default) or neo4j.")]
    [DefaultValue("sqlite")]
    public string Store { get; init; } = "sqlite";

    [CommandOption("--db <PATH>")]
    [Description("SQLite file of the embedded store.")]
    [DefaultValue("graph.db")]
    public string Db { get; init; } = "graph.db";

    [CommandOption("--neo4j-uri <URI>")]
    [Description("Neo4j HTTP base address (default: NEO4J_URI or http://localhost:7474).")]
    public string? Neo4jUri { get; init; }

    [CommandOption("--neo4j-database <NAME>")]
    [Description("Neo4j database (default: NEO4J_DATABASE or neo4j).")]
    public string? Neo4jDatabase { get; init; }

    public override Spectre.Console.ValidationResult Validate() =>
        Store is "sqlite" or "neo4j"
            ? Spectre.Console.ValidationResult.Success()
            : Spectre.Console.ValidationResult.Error($"--store must be sqlite or neo4j, not '{Store}'.");
}
