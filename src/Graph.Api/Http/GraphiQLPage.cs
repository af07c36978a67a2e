using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Graph.Api.Http;

/// <summary>
/// The in-browser query page served at <c>/graphql</c> to browsers: one HTML file of our own,
/// embedded in the assembly, so nothing is fetched from a CDN at run time.
/// </summary>
public sealed class GraphiQLPage
{
    private readonly byte[] html;

    public GraphiQLPage()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Graph.Api.Http.graphiql.html")
            ?? throw new InvalidOperationException("The GraphQL page resource is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        html = buffer.ToArray();
    }

    /// <summary>A browser navigating to /graphql (Accept: text/html) without a query gets the page.</summary>
    public static bool Wants(HttpRequest request) =>
        !request.Query.ContainsKey("query")
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public Task WriteAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        return http.Response.Body.WriteAsync(html, http.RequestAborted).AsTask();
    }
}
