using Graph.Core.Building;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

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
