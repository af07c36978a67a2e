using Graph.Extraction.Text;

namespace Graph.Extraction.Tables;

/// <summary>
/// A row of a table as read from its cells: label cells on the left, then values (numbers or
/// nils), plus any currency marks and years/dates (header rows carry those).
/// </summary>
internal sealed class TableRow
{
    public List<Cell> Labels { get; } = [];
    public List<Cell> Values { get; } = [];
    public List<Cell> Currencies { get; } = [];
    public List<Cell> Periods { get; } = [];
    public List<Cell> DateParts { get; } = [];
    public List<Cell> Units { get; } = [];

    public bool IsEmpty => Labels.Count + Values.Count + Currencies.Count + Periods.Count + DateParts.Count + Units.Count == 0;
    public string Label => string.Join(' ', Labels.Select(l => l.Text));

    public int Start => AllCells.Min(c => c.Start);
    public int End => AllCells.Max(c => c.End);

    private IEnumerable<Cell> AllCells => Labels.Concat(Values).Concat(Currencies).Concat(Periods).Concat(DateParts).Concat(Units);
}
