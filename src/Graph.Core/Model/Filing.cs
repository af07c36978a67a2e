namespace Graph.Core.Model;

/// <summary>One ingested note or filing, linked to its reporter (FILED_BY).</summary>
public sealed record Filing
{
    public required string Id { get; init; }
    public required string ReporterId { get; init; }
    public string? Form { get; init; }
    public int? FiscalYear { get; init; }
    public string? PeriodEnd { get; init; }
    public string? Source { get; init; }
    /// <summary>Hash of the input text: a changed hash under the same id is a corrected filing.</summary>
    public string? ContentHash { get; init; }
    public DateTimeOffset IngestedAt { get; init; }
}
