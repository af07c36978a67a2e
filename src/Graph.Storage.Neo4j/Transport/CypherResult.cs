namespace Graph.Storage.Neo4j.Transport;

/// <summary>The rows a statement returned, and the bookmarks the server issued for it.</summary>
public sealed record CypherResult(IReadOnlyList<string> Fields, IReadOnlyList<CypherRow> Rows, IReadOnlyList<string> Bookmarks)
{
    public static readonly CypherResult Empty = new([], [], []);
}
