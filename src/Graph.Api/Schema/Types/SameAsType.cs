using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

/// <summary>
/// An entity-resolution judgement. Only ids are exposed for the two sides: reading either id
/// through the store resolves to the merged entity, which would hide what was merged.
/// </summary>
public sealed class SameAsType : ObjectGraphType<SameAsLink>
{
    public SameAsType()
    {
        Name = "SameAs";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Pass to unmerge to undo this judgement.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("entityId").Description("The entity merged away.").Resolve(c => c.Source.EntityId);
        Field<NonNullGraphType<IdGraphType>>("targetId").Description("The entity it was merged into.").Resolve(c => c.Source.TargetId);
        Field<NonNullGraphType<StringGraphType>>("method").Resolve(c => c.Source.Method);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("by").Resolve(c => c.Source.By);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<StringGraphType>("reason").Resolve(c => c.Source.Reason);
    }
}
