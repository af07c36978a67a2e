namespace Graph.Cli.Tests;

/// <summary>The repository's <c>samples/</c> folder, found from the test's build output.</summary>
public static class Samples
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "manifest.csv");
                if (File.Exists(candidate))
                    return Path.GetDirectoryName(candidate)!;
            }
            throw new DirectoryNotFoundException("samples/manifest.csv not found above " + AppContext.BaseDirectory);
        }
    }
}
