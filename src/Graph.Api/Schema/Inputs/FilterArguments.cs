using Graph.Api.Errors;
using Graph.Core.Storage;
using GraphQL;

namespace Graph.Api.Schema.Inputs;

/// <summary>Reads and checks the <c>filter</c> and <c>orderBy</c> arguments.</summary>
internal static class FilterArguments
{
    public static EdgeFilter Filter(IResolveFieldContext context, string name = "filter")
    {
        var filter = context.GetArgument<EdgeFilter?>(name) ?? EdgeFilter.None;
        if (filter.YearFrom > filter.YearTo)
            throw ApiError.BadInput($"{name}.yearFrom ({filter.YearFrom}) is after {name}.yearTo ({filter.YearTo}).");
        if (filter.MinAmount > filter.MaxAmount)
            throw ApiError.BadInput($"{name}.minAmount ({filter.MinAmount}) is larger than {name}.maxAmount ({filter.MaxAmount}).");
        return filter;
    }

    public static EdgeOrder Order(IResolveFieldContext context) =>
        context.GetArgument<EdgeOrder?>("orderBy") ?? EdgeOrder.Default;
}
