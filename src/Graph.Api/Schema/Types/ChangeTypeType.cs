using GraphQL.Types;
using CoreChangeType = Graph.Core.Storage.ChangeType;

namespace Graph.Api.Schema.Types;

public sealed class ChangeTypeType : EnumerationGraphType
{
    public ChangeTypeType()
    {
        Name = "ChangeType";
        Add("NEW", CoreChangeType.New, "Present in toYear, absent in fromYear.");
        Add("VANISHED", CoreChangeType.Vanished, "Present in fromYear, absent in toYear.");
        Add("CHANGED", CoreChangeType.Changed, "Present in both years with different amounts.");
        Add("UNCHANGED", CoreChangeType.Unchanged, "Present in both years with the same amount.");
    }
}
