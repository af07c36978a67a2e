using Graph.Api.Errors;
using Graph.Api.Http;
using Graph.Api.Loading;
using Graph.Api.Schema;
using Graph.Api.Schema.Types;
using Graph.Api.Security;
using Graph.Core.Storage;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Hosting;

public static class GraphApiServices
{
    /// <summary>
    /// Registers the GraphQL schema, its limits and the HTTP handler over one store. The store is
    /// the caller's: it is not disposed with the service provider.
    /// </summary>
    public static IServiceCollection AddGraphApi(this IServiceCollection services, IGraphStore store, GraphApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(store);
        services.AddSingleton(options);
        services.AddSingleton(new ApiKeyRing(options.ApiKeys));
        services.AddScoped<RequestLoaders>();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<GraphiQLPage>();
        // Generic graph types are not found by assembly scanning.
        services.AddSingleton(typeof(ConnectionEdgeType<,>));
        services.AddGraphQL(b => b
            .AddSchema<GraphSchema>()
            .AddGraphTypes(typeof(GraphSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider(o =>
            {
                o.ExposeExceptionDetails = false;
                // Codes derived from exception type names would leak implementation details.
                o.ExposeCodes = false;
                o.ExposeData = false;
            })
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = options.MaxDepth;
                c.MaxComplexity = options.MaxComplexity;
            })
            .AddUnhandledExceptionHandler(UnhandledErrors.Map)
            .WithTimeout(options.ExecutionTimeout, TimeoutAction.ReturnTimeoutError)
            .ConfigureExecutionOptions(o => o.EnableMetrics = false)
            .ConfigureExecution<DocumentCache>());
        return services;
    }
}
