using Graph.Core.Model;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j.Mapping;

/// <summary>SAME_AS judgements from rows.</summary>
internal static class SameAsMapping
{
    /// <summary>Reads id, entityId, targetId, method, score, by, at, reason.</summary>
    public static SameAsLink FromRow(CypherRow row) => new(
        row.GetString("id"),
        row.GetString("entityId"),
        row.GetString("targetId"),
        row.GetString("method"),
        row.GetDouble("score"),
        row.GetString("by"),
        FilingMapping.ParseTime(row.GetString("at")),
        row.GetNullableString("reason"));
}
