using System.Globalization;
using System.Text;

namespace Graph.Cli.Ingest;

/// <summary>
/// Reads an ingest manifest: CSV with a header naming the columns <c>file</c>, <c>reporter</c>,
/// <c>cik</c>, <c>form</c>, <c>fiscal_year</c>, and optionally <c>filing_id</c> and
/// <c>period_end</c> (case, spaces and underscores in names do not matter). Relative file paths
/// are relative to the manifest's folder.
/// </summary>
public static class ManifestReader
{
    /// <exception cref="FormatException">The manifest has no <c>file</c> column or a malformed line; the message says where.</exception>
    public static async Task<IReadOnlyList<ManifestRow>> ReadAsync(string path, CancellationToken ct)
    {
        var lines = await File.ReadAllLinesAsync(path, ct);
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var rows = new List<ManifestRow>();
        Dictionary<string, int>? columns = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]) || lines[i].TrimStart().StartsWith('#'))
                continue;
            var cells = Split(lines[i], path, i + 1);
            if (columns is null)
            {
                columns = cells.Select((name, index) => (Key(name), index))
                    .GroupBy(c => c.Item1).ToDictionary(g => g.Key, g => g.First().index);
                if (!columns.ContainsKey("file"))
                    throw new FormatException($"{path}: the header needs a 'file' column (found: {string.Join(", ", cells)}).");
                continue;
            }
            string? Cell(params string[] names)
            {
                foreach (var name in names)
                    if (columns.TryGetValue(name, out var index) && index < cells.Count && !string.IsNullOrWhiteSpace(cells[index]))
                        return cells[index].Trim();
                return null;
            }
            var file = Cell("file") ?? throw new FormatException($"{path}:{i + 1}: no file named.");
            var yearText = Cell("fiscalyear", "year");
            int? year = null;
            if (yearText is not null)
            {
                if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                    throw new FormatException($"{path}:{i + 1}: fiscal year '{yearText}' is not a year.");
                year = y;
            }
            rows.Add(new ManifestRow(
                Path.GetFullPath(Path.Combine(baseDir, file)),
                Cell("reporter", "company"), Cell("cik"), Cell("form"), year, Cell("filingid"), Cell("periodend")));
        }
        return rows;
    }

    private static string Key(string header) =>
        new(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    // RFC 4180 style: commas separate, double quotes enclose, "" is a quote inside quotes.
    private static List<string> Split(string line, string path, int lineNumber)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    cell.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
                cell.Append(c);
        }
        if (quoted)
            throw new FormatException($"{path}:{lineNumber}: unclosed quote.");
        cells.Add(cell.ToString());
        return cells;
    }
}
