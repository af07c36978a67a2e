using Graph.Api.Errors;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Schema.Inputs;

/// <summary>The <c>first</c>/<c>after</c> pair of every connection, with the page-size cap enforced.</summary>
internal static class PagingArguments
{
    public static QueryArgument[] Declare() =>
    [
        new QueryArgument<IntGraphType> { Name = "first", Description = "Page size; the server caps it (PAGE_SIZE_EXCEEDED)." },
        new QueryArgument<StringGraphType> { Name = "after", Description = "endCursor of the previous page." },
    ];

    public static (int First, string? After) Read(IResolveFieldContext context, GraphApiOptions options)
    {
        var first = context.GetArgument<int?>("first") ?? options.DefaultPageSize;
        if (first < 1)
            throw ApiError.BadInput($"first must be at least 1, not {first}.");
        if (first > options.MaxPageSize)
            throw new ApiError(ErrorCodes.PageSizeExceeded, $"first may be at most {options.MaxPageSize}, not {first}: page through the rest with 'after'.");
        var after = context.GetArgument<string?>("after");
        return (first, string.IsNullOrEmpty(after) ? null : after);
    }
}
