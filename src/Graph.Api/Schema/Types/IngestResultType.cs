using Graph.Ingest;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

public sealed class IngestResultType : ObjectGraphType<NoteIngestResult>
{
    public IngestResultType()
    {
        Name = "IngestResult";
        Field<NonNullGraphType<IdGraphType>>("filingId").Resolve(c => c.Source.Outcome.FilingId);
        Field<NonNullGraphType<IngestStatusType>>("status").Resolve(c => c.Source.Outcome.Status);
        Field<NonNullGraphType<IntGraphType>>("entitiesAdded").Resolve(c => c.Source.Outcome.EntitiesAdded);
        Field<NonNullGraphType<IntGraphType>>("edgesWritten").Resolve(c => c.Source.Outcome.EdgesWritten);
        Field<NonNullGraphType<IntGraphType>>("factsExtracted").Resolve(c => c.Source.Facts.Facts.Count);
        Field<NonNullGraphType<IdGraphType>>("reporterId").Resolve(c => c.Source.Graph.Filing.ReporterId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkippedFactType>>>>("skipped")
            .Description("Facts that could not become edges, and why.").Resolve(c => c.Source.Skipped);
        Field<FilingType>("filing").Resolve(c => c.Loaders().Filings.Load(c.Source.Outcome.FilingId));
    }
}
