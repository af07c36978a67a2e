using Graph.Api.Http;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Hosting;

public static class GraphApiEndpoints
{
    /// <summary>Maps /graphql (POST, GET, the browser page), /healthz and the explorer at /.</summary>
    public static WebApplication MapGraphApi(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<GraphApiOptions>();
        var handler = app.Services.GetRequiredService<GraphQLHttpHandler>();
        var page = app.Services.GetRequiredService<GraphiQLPage>();

        ExplorerFiles.Map(app, options);
        app.MapPost("/graphql", handler.HandlePostAsync);
        app.MapGet("/graphql", http => GraphiQLPage.Wants(http.Request) ? page.WriteAsync(http) : handler.HandleGetAsync(http));
        app.MapMethods("/graphql", ["PUT", "DELETE", "PATCH"], http =>
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "GET, POST";
            return Task.CompletedTask;
        });
        // The schema as SDL, for code generators and for reading; printed once.
        var sdl = new Lazy<string>(() => app.Services.GetRequiredService<ISchema>().Print(new PrintOptions { IncludeDescriptions = true }));
        app.MapGet("/graphql/schema.graphql", () => Results.Text(sdl.Value, "text/plain; charset=utf-8"));
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
        return app;
    }
}
