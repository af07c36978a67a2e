using Graph.Core.Storage;
using GraphQL.Types;

namespace Graph.Api.Schema.Inputs;

public sealed class EdgeOrderFieldType : EnumerationGraphType
{
    public EdgeOrderFieldType()
    {
        Name = "EdgeOrderField";
        Add("AMOUNT", EdgeOrderField.Amount, "By value in currency units (amount × scale); edges without one sort last.");
        Add("YEAR", EdgeOrderField.Year);
        Add("KIND", EdgeOrderField.Kind);
    }
}
