namespace Graph.Extraction.Scoring;

/// <summary>What makes two facts the same for scoring: party (resolved to the gold name), kind, year, amount.</summary>
public sealed record FactKey(string Party, string Kind, int? Year, decimal Amount)
{
    public override string ToString() => $"({Party}, {Kind}, {Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}, {Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})";
}
