using Graph.Core.Storage;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

public sealed class IngestStatusType : EnumerationGraphType
{
    public IngestStatusType()
    {
        Name = "IngestStatus";
        Add("ADDED", IngestStatus.Added, "The filing was new and was written.");
        Add("REPLACED", IngestStatus.Replaced, "The filing id existed with other content: its facts were replaced.");
        Add("UNCHANGED", IngestStatus.Unchanged, "The filing id existed with the same content: nothing changed.");
    }
}
