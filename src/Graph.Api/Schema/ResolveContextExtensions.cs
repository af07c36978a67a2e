using Graph.Api.Errors;
using Graph.Api.Loading;
using Graph.Api.Security;
using Graph.Core.Storage;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Schema;

/// <summary>Per-request services as resolvers need them.</summary>
internal static class ResolveContextExtensions
{
    public static RequestLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestLoaders>();

    public static IGraphStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGraphStore>();

    public static GraphApiOptions ApiOptions(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphApiOptions>();

    /// <summary>Writes need a valid API key; the check runs before any store access.</summary>
    public static void DemandWriteAccess(this IResolveFieldContext context)
    {
        if (context.UserContext is RequestCaller { HasValidApiKey: true }) return;
        throw new ApiError(ErrorCodes.Unauthenticated, "This mutation needs a valid API key in the X-Api-Key header.");
    }
}
