using System.Text;

namespace Graph.Storage.Neo4j.Export;

/// <summary>What a neo4j-admin CSV export wrote, and how to load it.</summary>
public sealed record CsvExportResult(
    string Directory,
    IReadOnlyList<string> NodeFiles,
    IReadOnlyList<string> RelationshipFiles,
    char ArrayDelimiter,
    int Entities,
    int Filings,
    int Edges,
    int RelatedParties,
    int SameAs)
{
    /// <summary>
    /// The <c>neo4j-admin database import full</c> command that loads the files into
    /// <paramref name="database"/> (the server must be stopped, or the database offline). The
    /// store creates its constraints and indexes on first start against the imported database.
    /// </summary>
    public string ImportCommand(string database = "neo4j", string? directoryAsSeenByNeo4j = null)
    {
        var dir = (directoryAsSeenByNeo4j ?? Directory).TrimEnd('/', '\\');
        var command = new StringBuilder($"neo4j-admin database import full {database} --overwrite-destination=true");
        command.Append(" --multiline-fields=true");
        // neo4j-admin reads "U+XXXX" for characters a shell could not carry.
        command.Append(char.IsControl(ArrayDelimiter)
            ? $" --array-delimiter=U+{(int)ArrayDelimiter:X4}"
            : $" --array-delimiter=\"{ArrayDelimiter}\"");
        foreach (var file in NodeFiles)
            command.Append($" --nodes={dir}/{file}");
        foreach (var file in RelationshipFiles)
            command.Append($" --relationships={dir}/{file}");
        return command.ToString();
    }
}
