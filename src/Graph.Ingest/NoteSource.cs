namespace Graph.Ingest;

/// <summary>What the caller knows about a note's filing: the CLI flags, a manifest row or the API's arguments.</summary>
public sealed record NoteSource
{
    /// <summary>The reporting company; when absent the note's own <c>reporter</c> is used.</summary>
    public string? Reporter { get; init; }
    public string? Cik { get; init; }
    public string? Form { get; init; }
    public int? FiscalYear { get; init; }
    public string? PeriodEnd { get; init; }
    /// <summary>Explicit filing id; by default derived from the reporter and the content hash.</summary>
    public string? FilingId { get; init; }
    /// <summary>Where the note came from (path or URL), recorded on the filing.</summary>
    public string? Source { get; init; }
    /// <summary>Name written to the extracted note (the file name or filing id).</summary>
    public string? NoteName { get; init; }
}
