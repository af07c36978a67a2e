using Graph.Core.Notes;
using Graph.Extraction.Input;
using Graph.Extraction.Narrative;
using Graph.Extraction.Output;
using Graph.Extraction.Parties;
using Graph.Extraction.Periods;
using Graph.Extraction.Tables;
using Graph.Extraction.Text;

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
        InputGuard.Check(input);

        var source = HtmlNoteReader.LooksLikeHtml(input) ? HtmlNoteReader.Read(input, ct) : SourceText.FromPlainText(input);
        ct.ThrowIfCancellationRequested();
        return ExtractFrom(source, options, ct);
    }

    private static NoteFacts ExtractFrom(SourceText source, ExtractionOptions options, CancellationToken ct)
    {
        var lines = LineReader.Read(source.Text);
        var tables = TableFinder.Find(lines);
        var tableLines = new HashSet<int>(tables.SelectMany(t => Enumerable.Range(t.FirstLine, t.LastLine - t.FirstLine + 1)));
        var paragraphs = ProseReader.Paragraphs(source.Text, lines, tableLines);
        // Prose is read with its hard wraps undone; lines and tables keep the text as given.
        var text = LineJoiner.Join(source.Text, paragraphs);

        var book = new PartyBook();
        PartyReader.Read(text, book);
        RelationshipListReader.Read(lines, book);
        PartyReader.ReadCounterparties(text, book);
        foreach (var reporter in new[] { book.ReporterName, options.Reporter })
            if (reporter is not null) book.Remove(reporter);
       
        ct.ThrowIfCancellationRequested();

        var documentPeriod = new Lazy<Period?>(() => DocumentPeriod.Find(text, lines));

        var drafts = new List<FactDraft>();
        var tableReader = new TableFactReader(text, book);
        foreach (var table in tables)
        {
            ct.ThrowIfCancellationRequested();
            drafts.AddRange(tableReader.Read(table, Caption(text, lines, paragraphs, table)));
        }
       
        drafts.AddRange(new NarrativeReader(text, book, () => documentPeriod.Value).Read(paragraphs));

        var currency = drafts.Where(d => d.Currency is not null).GroupBy(d => d.Currency).OrderByDescending(g => g.Count())
            .Select(g => g.Key).FirstOrDefault() ?? Amounts.MoneyScanner.Scan(text, 0, text.Length).Where(t => t.Currency is not null)
                .GroupBy(t => t.Currency).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault()
            ?? (drafts.Count > 0 && text.Contains('$') ? "USD" : null);
        var facts = FactWriter.Write(drafts, source, currency);
        var used = drafts.Select(d => d.Party).Distinct().ToList();
        return new NoteFacts
        {
            Note = options.NoteName ?? "",
            Reporter = options.Reporter ?? book.ReporterName,
            Currency = currency,
            Scale = DocumentScale(lines),
            Parties = book.ToParties(used),
            Facts = facts,
        };
    }

    // The sentence that introduces a table ("transactions with Kyocera are included in the table below").
    private static string Caption(string text, IReadOnlyList<TextLine> lines, List<Paragraph> paragraphs, TableBlock table)
    {
        var tableStart = lines[table.FirstLine].Start;
        var before = paragraphs.LastOrDefault(p => p.Span.End <= tableStart && !p.IsHeading);
        if (before is null || tableStart - before.Span.End > 600) return "";
        var sentences = ProseReader.Sentences(text, before.Span);
        var last = sentences[^1];
        return text[last.Start..last.End];
    }

    private static decimal? DocumentScale(IReadOnlyList<TextLine> lines)
    {
        foreach (var line in lines)
            foreach (var cell in line.Cells)
                if (cell.Kind is CellKind.Unit or CellKind.Currency && CellClassifier.Scale(cell.Text) is { } s) return s;
        return null;
    }
}
