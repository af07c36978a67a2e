namespace Graph.Cli.Ingest;

/// <summary>One manifest line: a note file and what is known about its filing.</summary>
public sealed record ManifestRow(
    string File, string? Reporter, string? Cik, string? Form, int? FiscalYear, string? FilingId, string? PeriodEnd);
