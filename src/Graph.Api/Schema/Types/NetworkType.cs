using Graph.Core.Storage;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

public sealed class NetworkType : ObjectGraphType<Network>
{
    public NetworkType()
    {
        Name = "Network";
        Description = "An n-hop neighbourhood ready to draw: the nodes kept and every matching edge among them.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when the node cap was hit.").Resolve(c => c.Source.Truncated);
        Field<NonNullGraphType<IntGraphType>>("omitted").Description("Entities left out by the cap: the 'and N more'.").Resolve(c => c.Source.Omitted);
        Field<NonNullGraphType<IntGraphType>>("edgesOmitted")
            .Description("Matching edges among the nodes left out by the edge cap.")
            .Resolve(c => c.Source.EdgesOmitted);
    }
}
