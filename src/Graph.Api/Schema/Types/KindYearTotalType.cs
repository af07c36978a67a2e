using Graph.Core.Storage;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

public sealed class KindYearTotalType : ObjectGraphType<KindYearTotal>
{
    public KindYearTotalType()
    {
        Name = "KindYearTotal";
        Description = "Sum of edge amounts for one kind, year and currency: edges are summed, never paths.";
        Field<NonNullGraphType<FactKindType>>("kind").Resolve(c => FactKindType.Known(c.Source.Kind));
        Field<IntGraphType>("year").Resolve(c => c.Source.Year);
        Field<StringGraphType>("currency").Resolve(c => c.Source.Currency);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Sum of the edges' values in currency units (amount × scale), so notes in thousands and in units add up.").Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<IntGraphType>>("edgeCount").Resolve(c => c.Source.EdgeCount);
    }
}
