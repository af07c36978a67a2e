namespace Graph.Extraction.Tests;

/// <summary>Prose notes rendered as HTML paragraphs whose source lines are hard-wrapped read like the text.</summary>
public sealed class WrappedHtmlTests
{
    [Theory]
    [InlineData("112_the9-interim-2020h1-jun-zhu")]
    [InlineData("116_jiayin-2018-jimu-group-advances")]
    [InlineData("124_cik1420529-10k-2021-short-term-loans-xiaofeng-ma")]
    public void A_prose_note_as_wrapped_html_paragraphs_keeps_its_facts(string stem)
    {
        var text = TestData.Note(stem);
        var html = new System.Text.StringBuilder("<html><body><div>\n");
        foreach (var line in text.Split('\n').Where(l => l.Trim().Length > 0 && !l.Contains('|')))
            html.Append("<p>").Append(WrappedTextTests.Rewrap(System.Net.WebUtility.HtmlEncode(line), 70)).Append("</p>\n");
        html.Append("</div></body></html>");
        var proseOnly = string.Join('\n', text.Split('\n').Where(l => l.Trim().Length > 0 && !l.Contains('|')));

        var extractor = new NoteExtractor();
        var fromText = extractor.Extract(proseOnly, new ExtractionOptions(), TestContext.Current.CancellationToken);
        var fromHtml = extractor.Extract(html.ToString(), new ExtractionOptions(), TestContext.Current.CancellationToken);

        Assert.NotEmpty(fromHtml.Facts);
        Assert.Equal(Keys(fromText), Keys(fromHtml));
    }

    private static List<string> Keys(Graph.Core.Notes.NoteFacts note) =>
        [.. note.Facts.Where(f => f.Unnamed != true).Select(f => $"{f.Party}|{f.Kind}|{f.Year}|{f.Amount}").Order(StringComparer.Ordinal)];
}
