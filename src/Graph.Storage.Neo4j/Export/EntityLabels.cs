namespace Graph.Storage.Neo4j.Export;

/// <summary>
/// The Neo4j label of each entity type: the only labels an export writes besides Entity, so
/// nothing from input ever becomes a label. The store and the script export set the same ones
/// (ingest-write-entities.cypher, script-entities.cypher).
/// </summary>
public static class EntityLabels
{
    public const string Entity = "Entity";

    private static readonly IReadOnlyDictionary<string, string> ByType = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["company"] = "Company",
        ["person"] = "Person",
        ["group"] = "Group",
        ["government"] = "Government",
        ["other"] = "Other",
    };

    /// <summary>The type label, or null for a type outside FACTS.md's list.</summary>
    public static string? ForType(string type) => ByType.GetValueOrDefault(type);
}
