namespace Graph.Extraction.Tables;

/// <summary>The lines [FirstLine, LastLine] of the text that hold one table, and its rows.</summary>
internal sealed record TableBlock(int FirstLine, int LastLine, IReadOnlyList<TableRow> Rows);
