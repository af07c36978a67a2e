namespace Graph.Core.Storage;

/// <summary>A filing of a batch that was not written, and why.</summary>
public sealed record IngestFailure(string FilingId, string Error);

/// <summary>
/// What a batch ingest did: an outcome for every filing written (or found unchanged), in batch
/// order, and the filings that failed and left nothing behind.
/// </summary>
public sealed record IngestBatchResult(IReadOnlyList<IngestOutcome> Outcomes, IReadOnlyList<IngestFailure> Failures);
