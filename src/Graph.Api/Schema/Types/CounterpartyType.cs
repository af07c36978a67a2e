using Graph.Core.Storage;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

public sealed class CounterpartyType : ObjectGraphType<Counterparty>
{
    public CounterpartyType()
    {
        Name = "Counterparty";
        Field<NonNullGraphType<EntityType>>("entity").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindYearTotalType>>>>("totals").Resolve(c => c.Source.Totals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("years").Resolve(c => c.Source.Years);
    }
}
