namespace Graph.Core.Model;

/// <summary>
/// A TRANSACTION or BALANCE edge: one extracted fact, pointing the way the money goes, with
/// the evidence that supports it.
/// </summary>
public sealed record GraphEdge
{
    /// <summary>Stable: derived from filing id, party, kind, period and position in the note.</summary>
    public required string Id { get; init; }
    public required EdgeCategory Category { get; init; }
    /// <summary>FACTS.md kind in snake case (revenue, due_from, ...).</summary>
    public required string Kind { get; init; }
    public required string FromId { get; init; }
    public required string ToId { get; init; }
    public int? Year { get; init; }
    public string? AsOf { get; init; }
    public string? Period { get; init; }
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }
    public decimal? Scale { get; init; }
    /// <summary>Amount × scale, in currency units, when the scale is known (null scale means units).</summary>
    public decimal? Value { get; init; }
    public string? Description { get; init; }
    public string? Nature { get; init; }
    /// <summary>Entity id of the reporter whose filing states this fact.</summary>
    public required string ReportedBy { get; init; }
    public required string FilingId { get; init; }
    public int? EvidenceStart { get; init; }
    public int? EvidenceEnd { get; init; }
    public string? Quote { get; init; }
}
