using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

/// <summary>Where in the filing an edge's fact is stated.</summary>
public sealed class EvidenceType : ObjectGraphType<GraphEdge>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Field<StringGraphType>("quote").Description("The supporting sentence or table row.").Resolve(c => c.Source.Quote);
        Field<IntGraphType>("start").Description("Character offset of the supporting text in the ingested input.").Resolve(c => c.Source.EvidenceStart);
        Field<IntGraphType>("end").Description("End offset (exclusive).").Resolve(c => c.Source.EvidenceEnd);
    }
}
