namespace Graph.Extraction.Text;

/// <summary>A line of the analysed text and its cells (split at "|"), with offsets into the text.</summary>
internal sealed record TextLine(int Start, int End, IReadOnlyList<Cell> Cells, LineKind Kind);

/// <summary>One table cell or prose run: offsets exclude the surrounding pipes and spaces.</summary>
internal sealed record Cell(int Start, int End, string Text, CellKind Kind);

internal enum LineKind { Empty, Values, Mixed, ShortText, Prose }

internal enum CellKind { Text, Number, Dash, Currency, Percent, Date, DatePart, Year, Unit, Punctuation }
