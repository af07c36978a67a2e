using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

public sealed class FilingType : ObjectGraphType<Filing>
{
    public FilingType()
    {
        Name = "Filing";
        Description = "One ingested note or filing.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("reporterId").Resolve(c => c.Source.ReporterId);
        Field<EntityType>("reporter").Resolve(c => c.Loaders().Entities.Load(c.Source.ReporterId));
        Field<StringGraphType>("form").Resolve(c => c.Source.Form);
        Field<IntGraphType>("fiscalYear").Resolve(c => c.Source.FiscalYear);
        Field<StringGraphType>("periodEnd").Resolve(c => c.Source.PeriodEnd);
        Field<StringGraphType>("source").Resolve(c => c.Source.Source);
        Field<StringGraphType>("contentHash").Resolve(c => c.Source.ContentHash);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("ingestedAt").Resolve(c => c.Source.IngestedAt);
    }
}
