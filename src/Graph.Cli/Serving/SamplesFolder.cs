namespace Graph.Cli.Serving;

/// <summary>
/// Finds the <c>samples/</c> folder (one holding <c>manifest.csv</c>): under the current
/// directory first, then in each folder above the executable, so <c>dotnet run</c> from the
/// repository root and a built binary anywhere in the tree both find it.
/// </summary>
public static class SamplesFolder
{
    public const string ManifestName = "manifest.csv";

    public static string? Find(string? explicitPath)
    {
        if (explicitPath is not null)
            return File.Exists(Path.Combine(explicitPath, ManifestName)) ? Path.GetFullPath(explicitPath) : null;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (File.Exists(Path.Combine(candidate, ManifestName))) return candidate;
                // Only the current directory itself is searched, not its parents: a samples/ above
                // the working directory is someone else's.
                if (start == Directory.GetCurrentDirectory()) break;
            }
        }
        return null;
    }
}
