using Graph.Core.Notes;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

/// <summary>FACTS.md kinds in upper case; the values are the snake-case kinds the store keeps.</summary>
public sealed class FactKindType : EnumerationGraphType
{
    public FactKindType()
    {
        Name = "FactKind";
        Description = "What a fact records: a flow in a year (REVENUE, PURCHASE, ...) or a balance at a date (DUE_FROM, DUE_TO).";
        foreach (var kind in FactKinds.All)
            Add(kind.ToUpperInvariant(), kind, FactKinds.IsBalance(kind) ? "A balance at a date." : "A flow within a fiscal year.");
    }

    /// <summary>Kinds outside FACTS.md (from an older extractor) are shown as OTHER rather than failing the field.</summary>
    public static string Known(string kind) => FactKinds.IsKnown(kind) ? kind : FactKinds.Other;
}
