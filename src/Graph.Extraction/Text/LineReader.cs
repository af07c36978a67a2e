namespace Graph.Extraction.Text;

/// <summary>
/// Splits the analysed text into lines and cells and says what each line is: a row of values,
/// a labelled row, a short label or heading, or prose.
/// </summary>
internal static class LineReader
{
    public static List<TextLine> Read(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            var lineEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            lines.Add(Build(text, start, lineEnd));
            if (nl < 0) break;
            start = nl + 1;
        }
        return lines;
    }

    private static TextLine Build(string text, int start, int end)
    {
        var cells = new List<Cell>();
        var cellStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != '|') continue;
            var s = cellStart;
            var e = i;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s)
            {
                var cellText = text[s..e];
                if (!IsRule(cellText)) cells.Add(new Cell(s, e, cellText, CellClassifier.Classify(cellText)));
            }
            cellStart = i + 1;
        }
        return new TextLine(start, end, cells, KindOf(text, start, end, cells));
    }

    // "---" cells are Markdown-style rules under a header row, not dashes standing for nil.
    private static bool IsRule(string cell) => cell.Length >= 3 && cell.All(c => c is '-' or '—' or '=' or '_');

    private static LineKind KindOf(string text, int start, int end, List<Cell> cells)
    {
        if (cells.Count == 0) return LineKind.Empty;
        var texts = cells.Count(c => c.Kind == CellKind.Text);
        var values = cells.Count(c => c.Kind is CellKind.Number or CellKind.Dash or CellKind.Year or CellKind.Date);
        if (texts == 0) return values > 0 ? LineKind.Values : LineKind.ShortText;
        if (values > 0 && cells.Count > 1) return LineKind.Mixed;
        var longest = cells.Where(c => c.Kind == CellKind.Text).Max(c => c.Text.Length);
        var textCell = cells.First(c => c.Kind == CellKind.Text).Text;
        var words = WordCount.Of(textCell);
        var sentence = textCell.Contains(". ", StringComparison.Ordinal) || textCell.TrimEnd().EndsWith('.') && words > 6;
        // Plain text hard-wrapped near 80 columns leaves prose lines of 60 to 80 characters, too long for a row label
        // that stands on its own line. Lines with pipes are rendered cells, where long labels do occur.
        var wrappedProse = cells.Count == 1 && text.AsSpan(start, end - start).IndexOf('|') < 0 && textCell.Length >= 60 && words >= 10 && !textCell.TrimEnd().EndsWith(':');
        return longest > 140 || words > 16 || sentence || wrappedProse ? LineKind.Prose : LineKind.ShortText;
    }
}
