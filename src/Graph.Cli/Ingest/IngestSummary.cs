using Graph.Core.Storage;

namespace Graph.Cli.Ingest;

/// <summary>What a <c>graph ingest</c> run did, file by file.</summary>
public sealed class IngestSummary
{
    private readonly List<(string File, string Reason)> _failed = [];
    private readonly List<(string File, IngestOutcome Outcome, int Skipped)> _done = [];

    public IReadOnlyList<(string File, string Reason)> Failed => _failed;
    public IReadOnlyList<(string File, IngestOutcome Outcome, int Skipped)> Done => _done;

    public int Added => _done.Count(d => d.Outcome.Status == IngestStatus.Added);
    public int Replaced => _done.Count(d => d.Outcome.Status == IngestStatus.Replaced);
    public int Unchanged => _done.Count(d => d.Outcome.Status == IngestStatus.Unchanged);
    public int EntitiesAdded => _done.Sum(d => d.Outcome.EntitiesAdded);
    public int EdgesWritten => _done.Sum(d => d.Outcome.EdgesWritten);
    public int FactsSkipped => _done.Sum(d => d.Skipped);

    public int AliasMerges { get; private set; }

    public void Succeeded(string file, IngestOutcome outcome, int skippedFacts, int aliasMerges)
    {
        _done.Add((file, outcome, skippedFacts));
        AliasMerges += aliasMerges;
    }

    public void Fail(string file, string reason) => _failed.Add((file, reason));
}
