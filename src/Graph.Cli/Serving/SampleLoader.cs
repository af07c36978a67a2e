using Graph.Cli.Ingest;
using Graph.Core.Storage;
using Graph.Ingest;

namespace Graph.Cli.Serving;

/// <summary>What ingesting one sample did: the pipeline's result, or why it failed.</summary>
public sealed record SampleOutcome(string File, NoteSource Source, NoteIngestResult? Result, string? Error);

/// <summary>
/// Ingests every note the samples manifest lists through the ingest pipeline, each one
/// all-or-nothing; a failed note never stops the others. Used by <c>graph demo</c> and by the
/// tests that run <c>queries/*.graphql</c> against the demo data.
/// </summary>
public static class SampleLoader
{
    /// <exception cref="FormatException">The manifest is malformed (the message says where).</exception>
    public static async Task<IReadOnlyList<SampleOutcome>> IngestAsync(IGraphStore store, string samplesFolder, CancellationToken ct)
    {
        var rows = await ManifestReader.ReadAsync(Path.Combine(samplesFolder, SamplesFolder.ManifestName), ct);
        var ingestor = new NoteIngestor(store);
        var outcomes = new List<SampleOutcome>(rows.Count);
        foreach (var row in rows)
        {
            var source = new NoteSource
            {
                Reporter = row.Reporter,
                Cik = row.Cik,
                Form = row.Form,
                FiscalYear = row.FiscalYear,
                PeriodEnd = row.PeriodEnd,
                FilingId = row.FilingId,
                Source = "samples/" + Path.GetRelativePath(samplesFolder, row.File).Replace('\\', '/'),
            };
            try
            {
                outcomes.Add(new SampleOutcome(row.File, source, await ingestor.IngestFileAsync(row.File, source, ct), null));
            }
            catch (NoteIngestException e)
            {
                outcomes.Add(new SampleOutcome(row.File, source, null, e.Message));
            }
        }
        return outcomes;
    }
}
