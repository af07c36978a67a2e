namespace Graph.Cli.Export;

/// <summary>The formats <c>graph export</c> writes.</summary>
public static class ExportFormat
{
    /// <summary>Node and relationship CSV files for <c>neo4j-admin database import full</c>.</summary>
    public const string Neo4jCsv = "neo4j-csv";

    /// <summary>A Cypher script for Neo4j Browser or cypher-shell.</summary>
    public const string Cypher = "cypher";

    public static readonly IReadOnlyList<string> All = [Neo4jCsv, Cypher];
}
