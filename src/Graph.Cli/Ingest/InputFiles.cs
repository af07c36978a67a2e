namespace Graph.Cli.Ingest;

/// <summary>Expands the paths given to <c>graph ingest</c> into note files, in a stable order.</summary>
public static class InputFiles
{
    // Manifests and documentation that sit beside notes are not notes.
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { ".csv", ".md", ".tsv", ".db", ".db-wal", ".db-shm" };

    /// <summary>Files as given, and every file under each folder; missing paths are reported, not thrown.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
                files.Add(Path.GetFullPath(path));
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Skipped.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal));
            else
                missing.Add(path);
        }
        return (files.Distinct(StringComparer.Ordinal).ToList(), missing);
    }
}
