using System.Text.Json;
using Graph.Core.Building;
using Graph.Core.Notes;
using Graph.Core.Storage;
using Graph.Extraction;

namespace Graph.Ingest;

/// <summary>
/// The one way notes enter a graph: extract (or read already-extracted FACTS.md JSON), build the
/// filing's graph, write it all-or-nothing. Used by <c>graph ingest</c> and the API's ingest
/// mutation alike, so both produce the same graph from the same input.
/// </summary>
public sealed class NoteIngestor(IGraphStore store, NoteExtractor extractor, FilingGraphBuilder builder)
{
    public NoteIngestor(IGraphStore store)
        : this(store, new NoteExtractor(), new FilingGraphBuilder())
    {
    }

    /// <summary>Largest file read: a related-party note, even a whole filing, is far smaller.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Ingest a file: <c>.json</c> files are read as FACTS.md documents, anything else is extracted.
    /// </summary>
    /// <exception cref="NoteIngestException">The file is missing, unreadable or not a note; nothing was written.</exception>
    public async Task<NoteIngestResult> IngestFileAsync(string path, NoteSource source, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(source);
        var file = new FileInfo(path);
        if (!file.Exists)
            throw new NoteIngestException($"No such file: {path}");
        if (file.Length > MaxFileBytes)
            throw new NoteIngestException($"{path} is {file.Length / (1024 * 1024)} MB, larger than any note ({MaxFileBytes / (1024 * 1024)} MB limit).");
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NoteIngestException($"Cannot read {path}: {e.Message}", e);
        }
        source = source with
        {
            Source = source.Source ?? path,
            NoteName = source.NoteName ?? file.Name,
        };
        return file.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? await IngestFactsJsonAsync(text, source, ct)
            : await IngestTextAsync(text, source, ct);
    }

    /// <summary>Extract a note's text and ingest it.</summary>
    /// <exception cref="NoteIngestException">The text is not a note, or no reporter is known; nothing was written.</exception>
    public async Task<NoteIngestResult> IngestTextAsync(string text, NoteSource source, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        NoteFacts facts;
        try
        {
            // Extraction is CPU-bound; keep it off the caller's thread (the API's request thread).
            facts = await Task.Run(
                () => extractor.Extract(text, new ExtractionOptions { Reporter = source.Reporter, NoteName = source.NoteName }, ct), ct);
        }
        catch (InputRejectedException e)
        {
            throw new NoteIngestException($"{source.NoteName ?? "The input"} is not a note: {e.Message}", e);
        }
        return await IngestFactsAsync(facts, source, text, ct);
    }

    /// <summary>Ingest a FACTS.md JSON document (gold labels, or a saved extraction).</summary>
    public async Task<NoteIngestResult> IngestFactsJsonAsync(string json, NoteSource source, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        NoteFacts? facts;
        try
        {
            facts = JsonSerializer.Deserialize<NoteFacts>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new NoteIngestException($"{source.NoteName ?? "The input"} is not FACTS.md JSON: {e.Message}", e);
        }
        if (facts is null)
            throw new NoteIngestException($"{source.NoteName ?? "The input"} is empty JSON.");
        return await IngestFactsAsync(facts, source, json, ct, quoteSource: false);
    }

    /// <summary>Ingest facts already extracted; <paramref name="text"/> is hashed (and quoted when it is the note).</summary>
    public Task<NoteIngestResult> IngestFactsAsync(NoteFacts facts, NoteSource source, string text, CancellationToken ct = default) =>
        IngestFactsAsync(facts, source, text, ct, quoteSource: true);

    private async Task<NoteIngestResult> IngestFactsAsync(
        NoteFacts facts, NoteSource source, string text, CancellationToken ct, bool quoteSource)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(source);
        var metadata = new FilingMetadata
        {
            ReporterName = source.Reporter,
            Cik = source.Cik,
            Form = source.Form,
            FiscalYear = source.FiscalYear,
            PeriodEnd = source.PeriodEnd,
            FilingId = source.FilingId,
            Source = source.Source,
            ContentHash = ContentHashes.Of(text),
        };
        FilingBuild build;
        try
        {
            build = builder.Build(facts, metadata, quoteSource ? text : null);
        }
        catch (FilingRejectedException e)
        {
            throw new NoteIngestException(e.Message, e);
        }
        var outcome = await store.IngestAsync(build.Graph, ct);
        var merges = outcome.Status == IngestStatus.Unchanged
            ? []
            : await new AliasMatcher(store).MatchAsync(build.Graph, ct);
        return new NoteIngestResult(outcome, facts, build.Graph, build.Skipped) { AliasMerges = merges };
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        PropertyNameCaseInsensitive = true,
    };
}
