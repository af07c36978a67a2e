using Graph.Extraction.Text;

namespace Graph.Extraction.Tables;

/// <summary>
/// Finds the tables in the text: runs of non-prose lines with at least two rows of values.
/// Works for rows on one line ("Interest expense | $ | – | $ | 36") and for renderings that put
/// every cell on its own line.
/// </summary>
internal static class TableFinder
{
    public static List<TableBlock> Find(IReadOnlyList<TextLine> lines)
    {
        var blocks = new List<TableBlock>();
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Kind == LineKind.Prose) { i++; continue; }
            var j = i;
            var valueLines = 0;
            var headerLines = 0;
            while (j < lines.Count && lines[j].Kind != LineKind.Prose)
            {
                if (lines[j].Cells.Any(c => c.Kind is CellKind.Number or CellKind.Dash)) valueLines++;
                else if (lines[j].Cells.Count(c => c.Kind is CellKind.Year or CellKind.Date) >= 2) headerLines++;
                j++;
            }
            // Two rows of values, or one under a header of periods ("| 2023 | 2022").
            if (valueLines >= 2 || valueLines == 1 && headerLines >= 1)
            {
                var first = i;
                while (first < j && (lines[first].Kind == LineKind.Empty || ContinuesProse(lines, first))) first++;
                var rows = RowBuilder.Build(lines, first, j - 1);
                blocks.Add(new TableBlock(first, j - 1, rows));
            }
            i = j;
        }
        return blocks;
    }

    // Hard-wrapped prose leaves the end of a sentence on a short line of its own ("related parties as
    // follows:") right above a table: it belongs to the sentence, not to the table's header.
    private static bool ContinuesProse(IReadOnlyList<TextLine> lines, int index)
    {
        if (index == 0 || lines[index].Cells is not [{ Kind: CellKind.Text }]) return false;
        var previous = lines[index - 1];
        if (previous.Kind != LineKind.Prose && !ContinuesProse(lines, index - 1)) return false;
        return previous.Cells[^1].Text[^1] is not ('.' or ':' or ';' or '!' or '?');
    }
}
