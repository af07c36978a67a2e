namespace Graph.Api.Tests.Infrastructure;

/// <summary>Folders of the repository, found by walking up from the test binaries to Graph.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Queries => Path.Combine(Root, "queries");

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"Graph.sln not found above {AppContext.BaseDirectory}.");
    }
}
