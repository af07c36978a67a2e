using Graph.Core.Building;
using Graph.Core.Model;
using Graph.Core.Notes;
using Graph.Core.Storage;

namespace Graph.Ingest;

/// <summary>What ingesting one note did: the store's outcome, the graph written and the facts left out.</summary>
public sealed record NoteIngestResult(
    IngestOutcome Outcome,
    NoteFacts Facts,
    FilingGraph Graph,
    IReadOnlyList<SkippedFact> Skipped)
{
    /// <summary>SAME_AS judgements made because this filing's names are aliases defined by others (see <see cref="AliasMatcher"/>).</summary>
    public IReadOnlyList<SameAsLink> AliasMerges { get; init; } = [];
}
