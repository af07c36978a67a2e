using Graph.Core.Model;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j.Mapping;

/// <summary>An edge as read back, with the order it was written in (ties in traversals break on it).</summary>
internal sealed record StoredEdge(GraphEdge Edge, long Seq);

/// <summary>TRANSACTION and BALANCE relationships to and from maps.</summary>
internal static class EdgeMapping
{
    public const string TransactionType = "TRANSACTION";
    public const string BalanceType = "BALANCE";

    /// <summary>The relationship properties of an edge; its endpoints travel beside them.</summary>
    public static Dictionary<string, object?> ToRow(GraphEdge e, long seq) => new()
    {
        ["fromId"] = e.FromId,
        ["toId"] = e.ToId,
        ["props"] = new Dictionary<string, object?>
        {
            ["id"] = e.Id,
            ["kind"] = e.Kind,
            ["year"] = e.Year,
            ["asOf"] = e.AsOf,
            ["period"] = e.Period,
            ["amount"] = e.Amount,
            ["currency"] = e.Currency,
            ["scale"] = e.Scale,
            ["value"] = e.Value,
            ["description"] = e.Description,
            ["nature"] = e.Nature,
            ["reportedBy"] = e.ReportedBy,
            ["filingId"] = e.FilingId,
            ["evidenceStart"] = e.EvidenceStart,
            ["evidenceEnd"] = e.EvidenceEnd,
            ["quote"] = e.Quote,
            ["seq"] = seq,
        },
    };

    /// <summary>
    /// Reads the map the statements project: the relationship's properties plus category (its type),
    /// fromId and toId. <paramref name="resolve"/> maps raw entity ids to canonical ones.
    /// </summary>
    public static StoredEdge FromMap(IReadOnlyDictionary<string, object?> map, Func<string, string> resolve)
    {
        string Str(string key) => CypherValues.AsString(map.GetValueOrDefault(key))
            ?? throw new InvalidOperationException($"An edge read from Neo4j has no '{key}'.");
        string? OptStr(string key) => CypherValues.AsString(map.GetValueOrDefault(key));
        int? OptInt(string key) => CypherValues.AsInt64(map.GetValueOrDefault(key)) is { } v ? checked((int)v) : null;
        decimal? OptDec(string key) => CypherValues.AsDecimal(map.GetValueOrDefault(key));

        var category = Str("category") switch
        {
            TransactionType => EdgeCategory.Transaction,
            BalanceType => EdgeCategory.Balance,
            var other => throw new InvalidOperationException($"Unexpected relationship type '{other}' for an edge."),
        };
        var edge = new GraphEdge
        {
            Id = Str("id"),
            Category = category,
            Kind = Str("kind"),
            FromId = resolve(Str("fromId")),
            ToId = resolve(Str("toId")),
            Year = OptInt("year"),
            AsOf = OptStr("asOf"),
            Period = OptStr("period"),
            Amount = OptDec("amount"),
            Currency = OptStr("currency"),
            Scale = OptDec("scale"),
            Value = OptDec("value"),
            Description = OptStr("description"),
            Nature = OptStr("nature"),
            ReportedBy = resolve(Str("reportedBy")),
            FilingId = Str("filingId"),
            EvidenceStart = OptInt("evidenceStart"),
            EvidenceEnd = OptInt("evidenceEnd"),
            Quote = OptStr("quote"),
        };
        return new StoredEdge(edge, CypherValues.AsInt64(map.GetValueOrDefault("seq")) ?? 0);
    }
}
