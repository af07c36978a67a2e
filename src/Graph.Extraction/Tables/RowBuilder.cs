using Graph.Extraction.Text;

namespace Graph.Extraction.Tables;

/// <summary>
/// Groups cells into rows: words open a row once the current row has values; a line holding
/// several cells is a row of its own; and once a row has as many values as the header has
/// columns, the next value opens an unlabelled row (a total).
/// </summary>
internal static class RowBuilder
{
    public static List<TableRow> Build(IReadOnlyList<TextLine> lines, int first, int last)
    {
        var rows = new List<TableRow>();
        var row = new TableRow();
        var columns = 0;

        void Close()
        {
            if (row.IsEmpty) return;
            rows.Add(row);
            var width = Math.Max(row.Periods.Count, row.Currencies.Count);
            if (row.Values.Count == 0 && width >= 2) columns = Math.Max(row.Periods.Count > 0 && row.Currencies.Count == 0 ? row.Periods.Count : width, row.Currencies.Count);
            row = new TableRow();
        }

        for (var li = first; li <= last; li++)
        {
            var line = lines[li];
            var horizontal = line.Cells.Count > 1;
            if (horizontal) Close();
            foreach (var cell in line.Cells)
            {
                switch (cell.Kind)
                {
                    case CellKind.Text:
                        if (row.Values.Count > 0 || row.Periods.Count > 0 || row.Currencies.Count > 0 || row.DateParts.Count > 0) Close();
                        // "Loan to:" heads the rows below it; it never shares a row with them.
                        if (row.Labels.Count > 0 && row.Labels[^1].Text.TrimEnd().EndsWith(':')) Close();
                        row.Labels.Add(cell);
                        break;
                    case CellKind.Number or CellKind.Dash:
                        if (!horizontal && columns > 0 && row.Values.Count >= columns) Close();
                        row.Values.Add(cell);
                        break;
                    case CellKind.Percent:
                        // "4.75 | %" is an interest rate: the number before the mark is not an amount.
                        if (row.Values.Count > 0 && cell.Text.Trim() == "%") row.Values.RemoveAt(row.Values.Count - 1);
                        break;
                    case CellKind.Year or CellKind.Date:
                        // A year inside a labelled row with values already is a maturity, not a column.
                        if (row.Labels.Count > 0 && (row.Values.Count > 0 || columns > 0 && row.DateParts.Count == 0 && Maturity(row))) break;
                        if (row.Values.Count > 0) Close();
                        row.Periods.Add(cell);
                        break;
                    case CellKind.DatePart:
                        if (row.Values.Count > 0) Close();
                        row.DateParts.Add(cell);
                        break;
                    case CellKind.Currency: row.Currencies.Add(cell); break;
                    case CellKind.Unit: row.Units.Add(cell); break;
                }
            }
            if (horizontal) Close();
        }
        Close();
        return rows;
    }

    // A name row whose relationship or rate cells came first: its years are maturities.
    private static bool Maturity(TableRow row) =>
        row.Labels.Count >= 2 && !row.Labels.Any(l => l.Text.Contains("ended", StringComparison.OrdinalIgnoreCase) ||
                                                      l.Text.Contains("as of", StringComparison.OrdinalIgnoreCase) ||
                                                      l.Text.Contains("year", StringComparison.OrdinalIgnoreCase));
}
