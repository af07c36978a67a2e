using GraphQL.Types;

namespace Graph.Api.Schema.Types;

/// <summary>Relay page info; only forward paging exists, so there is no previous-page data.</summary>
public sealed record PageInfo(bool HasNextPage, string? EndCursor);

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Description("Pass as 'after' to get the next page.").Resolve(c => c.Source.EndCursor);
    }
}
