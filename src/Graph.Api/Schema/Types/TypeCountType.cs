using GraphQL.Types;

namespace Graph.Api.Schema.Types;

public sealed record TypeCount(string Type, int Count);

public sealed class TypeCountType : ObjectGraphType<TypeCount>
{
    public TypeCountType()
    {
        Name = "TypeCount";
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
