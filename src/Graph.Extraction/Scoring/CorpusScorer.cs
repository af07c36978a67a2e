using Graph.Core.Notes;
using Graph.Extraction.Output;

namespace Graph.Extraction.Scoring;

/// <summary>
/// Scores a folder of labelled notes: each gold <c>stem.json</c> against the extraction of the note
/// file with the same stem. A note file that is missing or rejected counts as an empty prediction.
/// </summary>
public sealed class CorpusScorer(NoteExtractor extractor)
{
    public async Task<IReadOnlyList<NoteScore>> ScoreAsync(string goldDir, string notesDir, CancellationToken ct)
    {
        var reader = new NoteFileReader(extractor);
        var notes = NoteFileReader.Expand([notesDir], out _)
            .GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var scores = new List<NoteScore>();
        foreach (var goldFile in Directory.EnumerateFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            var stem = Path.GetFileNameWithoutExtension(goldFile);
            var gold = NoteJson.Deserialize(await File.ReadAllTextAsync(goldFile, ct).ConfigureAwait(false)) ?? new NoteFacts();
            NoteFacts? predicted = null;
            if (notes.TryGetValue(stem, out var noteFile))
            {
                try { predicted = await reader.ExtractFileAsync(noteFile, null, ct).ConfigureAwait(false); }
                catch (InputRejectedException) { predicted = null; }
            }
            scores.Add(FactScorer.Score(stem, gold, predicted));
        }
        return scores;
    }
}
