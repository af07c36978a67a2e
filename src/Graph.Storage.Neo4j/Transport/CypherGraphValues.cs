namespace Graph.Storage.Neo4j.Transport;

/// <summary>A node as the Query API returns it.</summary>
public sealed record CypherNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as the Query API returns it.</summary>
public sealed record CypherRelationship(
    string ElementId, string Type, string StartElementId, string EndElementId, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A path: nodes and relationships alternating, starting and ending with a node.</summary>
public sealed record CypherPath(IReadOnlyList<object> Elements)
{
    public IEnumerable<CypherNode> Nodes => Elements.OfType<CypherNode>();
    public IEnumerable<CypherRelationship> Relationships => Elements.OfType<CypherRelationship>();
}

/// <summary>
/// A temporal, duration or point value, kept as the server wrote it (ISO 8601 or WKT) with its
/// typed-JSON type name, so nothing is lost converting between calendars and time zones.
/// </summary>
public sealed record CypherTemporal(string Type, string Value)
{
    public override string ToString() => Value;
}
