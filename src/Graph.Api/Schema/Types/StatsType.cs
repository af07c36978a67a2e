using Graph.Core.Storage;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

public sealed class StatsType : ObjectGraphType<GraphStats>
{
    public StatsType()
    {
        Name = "Stats";
        Field<NonNullGraphType<IntGraphType>>("entities").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountType>>>>("entitiesByType")
            .Resolve(c => c.Source.EntitiesByType.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new TypeCount(p.Key, p.Value)).ToList());
        Field<NonNullGraphType<IntGraphType>>("filings").Resolve(c => c.Source.Filings);
        Field<NonNullGraphType<IntGraphType>>("transactions").Resolve(c => c.Source.Transactions);
        Field<NonNullGraphType<IntGraphType>>("balances").Resolve(c => c.Source.Balances);
        Field<NonNullGraphType<IntGraphType>>("relatedParties").Resolve(c => c.Source.RelatedParties);
        Field<NonNullGraphType<IntGraphType>>("sameAs").Resolve(c => c.Source.SameAs);
    }
}
