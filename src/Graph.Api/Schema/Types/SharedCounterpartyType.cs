using Graph.Core.Storage;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

public sealed class SharedCounterpartyType : ObjectGraphType<SharedCounterparty>
{
    public SharedCounterpartyType()
    {
        Name = "SharedCounterparty";
        Description = "An entity directly linked to two or more of the entities asked about.";
        Field<NonNullGraphType<EntityType>>("entity").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("linkedToIds").Resolve(c => c.Source.LinkedTo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("linkedTo")
            .Description("Which of the given entities it links to.")
            .Resolve(c => c.Loaders().Entities.LoadMany(c.Source.LinkedTo));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType>>>>("edges").Resolve(c => c.Source.Edges);
    }
}
