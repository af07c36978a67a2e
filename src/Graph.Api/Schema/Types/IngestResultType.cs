using Graph.Core.Building;
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

public sealed class SkippedFactType : ObjectGraphType<SkippedFact>
{
    public SkippedFactType()
    {
        Name = "SkippedFact";
        Field<NonNullGraphType<IntGraphType>>("index").Description("Position of the fact in the extracted note.").Resolve(c => c.Source.Index);
        Field<NonNullGraphType<StringGraphType>>("party").Resolve(c => c.Source.Party);
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Reason);
    }
}
