using Graph.Core.Storage;
using GraphQL.Types;

namespace Graph.Api.Schema.Inputs;

/// <summary>Sort order of edge listings; ties always break on edge id so cursors stay stable.</summary>
public sealed class EdgeOrderInputType : InputObjectGraphType<EdgeOrder>
{
    public EdgeOrderInputType()
    {
        Name = "EdgeOrder";
        Field<NonNullGraphType<EdgeOrderFieldType>>("field").DefaultValue(EdgeOrderField.Year);
        Field<NonNullGraphType<SortDirectionType>>("direction").DefaultValue(true)
            .Description("DESC (default) or ASC.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new EdgeOrder(
        value.TryGetValue("field", out var f) && f is EdgeOrderField field ? field : EdgeOrderField.Year,
        !value.TryGetValue("direction", out var d) || d is not bool descending || descending);
}
