using GraphQL.Types;

namespace Graph.Api.Schema.Inputs;

public sealed class SortDirectionType : EnumerationGraphType
{
    public SortDirectionType()
    {
        Name = "SortDirection";
        Add("ASC", false);
        Add("DESC", true);
    }
}
