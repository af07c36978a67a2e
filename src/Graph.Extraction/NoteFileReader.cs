using Graph.Core.Notes;
using Graph.Extraction.Input;

namespace Graph.Extraction;

/// <summary>Extracts notes from files: checks the size before reading, names the note after the file.</summary>
public sealed class NoteFileReader(NoteExtractor extractor)
{
    /// <summary>The file kinds a folder is searched for.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".htm", ".html", ".xhtml", ".xml", ".text", ".md"];

    /// <exception cref="InputRejectedException">The file is empty, binary or too large.</exception>
    public async Task<NoteFacts> ExtractFileAsync(string path, string? reporter, CancellationToken ct)
    {
        var info = new FileInfo(path);
        InputGuard.CheckFileSize(info.Length);
        var text = await File.ReadAllTextAsync(path, ct).ConfigureAwait(false);
        return extractor.Extract(text, new ExtractionOptions { NoteName = info.Name, Reporter = reporter }, ct);
    }

    /// <summary>Files named on the command line, and the note files inside named folders, in name order.</summary>
    public static List<string> Expand(IEnumerable<string> paths, out List<string> missing)
    {
        var files = new List<string>();
        missing = [];
        foreach (var p in paths)
        {
            if (File.Exists(p)) files.Add(p);
            else if (Directory.Exists(p))
                files.AddRange(Directory.EnumerateFiles(p)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            else missing.Add(p);
        }
        return files;
    }
}
