namespace Graph.Core.Storage;

/// <summary>Filters every traversal accepts. Null or empty means "no constraint".</summary>
public sealed record EdgeFilter
{
    public static readonly EdgeFilter None = new();

    /// <summary>FACTS.md kinds in snake case.</summary>
    public IReadOnlyList<string>? Kinds { get; init; }
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public decimal? MinAmount { get; init; }
    public decimal? MaxAmount { get; init; }
    public IReadOnlyList<string>? Currencies { get; init; }
    /// <summary>Entity ids of reporters whose filings the edges must come from.</summary>
    public IReadOnlyList<string>? ReportedBy { get; init; }
}
