namespace Graph.Core.Building;

/// <summary>What the caller knows about a filing that the note text may not say.</summary>
public sealed record FilingMetadata
{
    /// <summary>The reporting company; falls back to the note's own <c>reporter</c>.</summary>
    public string? ReporterName { get; init; }
    public string? Cik { get; init; }
    public string? Form { get; init; }
    public int? FiscalYear { get; init; }
    public string? PeriodEnd { get; init; }
    /// <summary>Explicit filing id; by default one is derived from the reporter and the content hash.</summary>
    public string? FilingId { get; init; }
    /// <summary>Where the note came from (file path or URL).</summary>
    public string? Source { get; init; }
    /// <summary>Hash of the input text (see <see cref="ContentHashes"/>).</summary>
    public required string ContentHash { get; init; }
    public DateTimeOffset IngestedAt { get; init; } = DateTimeOffset.UtcNow;
}
