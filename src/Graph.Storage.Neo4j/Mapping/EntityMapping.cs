using Graph.Core.Model;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j.Mapping;

/// <summary>Entity nodes to and from rows.</summary>
internal static class EntityMapping
{
    /// <summary>Reads a row with the columns id, name, type, aliases, isReporter, cik, lei, jurisdiction, placeholder.</summary>
    public static Entity FromRow(CypherRow row) => new()
    {
        Id = row.GetString("id"),
        Name = row.GetString("name"),
        Type = row.GetNullableString("type") ?? "company",
        Aliases = row.GetStrings("aliases"),
        IsReporter = row["isReporter"] as bool? ?? false,
        Cik = row.GetNullableString("cik"),
        Lei = row.GetNullableString("lei"),
        Jurisdiction = row.GetNullableString("jurisdiction"),
        Placeholder = row.GetNullableString("placeholder"),
    };

    /// <summary>
    /// The row the write statement sets. searchText (lower-case name and aliases, one per line) is
    /// what substring search looks in; aliasText feeds the full-text index, which reads strings only;
    /// nameKeyText is what <see cref="NameKeyText"/> gives.
    /// </summary>
    public static Dictionary<string, object?> ToRow(Entity e) => new()
    {
        ["id"] = e.Id,
        ["name"] = e.Name,
        ["type"] = e.Type,
        ["aliases"] = e.Aliases.ToList(),
        ["aliasText"] = string.Join('\n', e.Aliases),
        ["searchText"] = string.Join('\n', e.Aliases.Prepend(e.Name)).ToLowerInvariant(),
        ["nameKeyText"] = NameKeyText(e),
        ["isReporter"] = e.IsReporter,
        ["cik"] = e.Cik,
        ["lei"] = e.Lei,
        ["jurisdiction"] = e.Jurisdiction,
        ["placeholder"] = e.Placeholder,
    };

    /// <summary>
    /// The matching keys of an entity's name and aliases, one per line and with a line break at
    /// each end: a text-index CONTAINS seek for <see cref="KeyNeedle"/> finds a key only whole.
    /// </summary>
    public static string NameKeyText(Entity e) => "\n" + string.Join('\n', EntityIds.NameKeys(e)) + "\n";

    /// <summary>What <see cref="NameKeyText"/> holds for one key.</summary>
    public static string KeyNeedle(string key) => "\n" + key + "\n";
}
