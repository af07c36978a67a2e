using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace Graph.Api.Http;

/// <summary>
/// Serves the explorer page's built files at <c>/</c>. The page is built with npm when Node is
/// present; without it the server still runs and <c>/</c> says so and points to <c>/graphql</c>.
/// </summary>
internal static class ExplorerFiles
{
    private const string NotBuiltPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Graph</title>
        <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;color:#1d2733}</style></head>
        <body><h1>Graph</h1>
        <p>The explorer page was not built (Node.js was not found when the project was built).
        Install Node.js and rebuild to get it.</p>
        <p>The API is running: open <a href="/graphql">/graphql</a> to query it.</p>
        </body></html>
        """;

    public static string ResolvePath(GraphApiOptions options) =>
        Path.GetFullPath(options.ExplorerPath ?? Path.Combine(AppContext.BaseDirectory, "explorer"));

    public static void Map(WebApplication app, GraphApiOptions options)
    {
        var root = ResolvePath(options);
        if (File.Exists(Path.Combine(root, "index.html")))
        {
            var files = new PhysicalFileProvider(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
            return;
        }
        app.MapGet("/", () => Results.Content(NotBuiltPage, "text/html; charset=utf-8"));
    }
}
