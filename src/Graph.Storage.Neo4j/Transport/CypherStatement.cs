namespace Graph.Storage.Neo4j.Transport;

/// <summary>
/// One Cypher statement and its parameters. The text is always a fixed statement of this
/// library; everything that comes from input travels in <see cref="Parameters"/>.
/// Parameter values: null, bool, int, long, double, decimal, string, DateTimeOffset,
/// lists (<see cref="System.Collections.IEnumerable"/>) and string-keyed dictionaries of these.
/// </summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text) : this(text, new Dictionary<string, object?>()) { }
}
