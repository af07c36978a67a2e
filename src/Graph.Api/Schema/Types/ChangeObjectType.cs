using GraphQL.Types;
using CoreChange = Graph.Core.Storage.Change;

namespace Graph.Api.Schema.Types;

public sealed class ChangeObjectType : ObjectGraphType<CoreChange>
{
    public ChangeObjectType()
    {
        Name = "Change";
        Description = "How one counterparty's amounts of one kind and currency moved between two years.";
        Field<NonNullGraphType<EntityType>>("counterparty").Resolve(c => c.Source.Counterparty);
        Field<NonNullGraphType<ChangeTypeType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<FactKindType>>("kind").Resolve(c => FactKindType.Known(c.Source.Kind));
        Field<StringGraphType>("currency").Resolve(c => c.Source.Currency);
        Field<NonNullGraphType<DecimalGraphType>>("fromAmount").Description("Sum of values in fromYear, in currency units.").Resolve(c => c.Source.FromAmount);
        Field<NonNullGraphType<DecimalGraphType>>("toAmount").Description("Sum of values in toYear, in currency units.").Resolve(c => c.Source.ToAmount);
        Field<NonNullGraphType<DecimalGraphType>>("delta").Description("toAmount − fromAmount.").Resolve(c => c.Source.ToAmount - c.Source.FromAmount);
    }
}
