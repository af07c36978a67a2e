using Graph.Extraction.Scoring;

namespace Graph.Extraction.Tests;

/// <summary>HTML notes and whole filings: the note is found by its heading; evidence indexes the HTML.</summary>
public sealed class HtmlTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Html_rendering_of_the_seed_note_scores_like_the_text()
    {
        var html = File.ReadAllText(TestData.Html("uc-cpaas-note-19.html"));
        var note = new NoteExtractor().Extract(html, new ExtractionOptions(), Ct);
        var score = FactScorer.Score("html", TestData.Gold(TestData.SeedStem), note);
        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void Evidence_offsets_point_into_the_html()
    {
        var html = File.ReadAllText(TestData.Html("uc-cpaas-note-19.html"));
        var note = new NoteExtractor().Extract(html, new ExtractionOptions(), Ct);
        var fact = Assert.Single(note.Facts, f => f.Amount == 1341m);
        var quote = html[fact.Evidence!.Start..fact.Evidence.End];
        Assert.Contains("RMB1,341", quote, StringComparison.Ordinal);
        Assert.StartsWith("Revenues of RMB1,341", quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_inline_xbrl_header_is_not_read()
    {
        var html = File.ReadAllText(TestData.Html("uc-cpaas-note-19.html"));
        var note = new NoteExtractor().Extract(html, new ExtractionOptions(), Ct);
        Assert.DoesNotContain(note.Facts, f => f.Amount == 2_000_000m);
    }

    [Fact]
    public void Note_is_found_inside_a_large_filing()
    {
        var sb = new System.Text.StringBuilder("<html><body>");
        sb.Append("<p>Table of Contents</p><p>Note 9 Related Party Transactions 45</p>");
        for (var i = 1; i <= 8; i++)
        {
            sb.Append($"<p>Note {i}. Other Matters {i}</p>");
            for (var j = 0; j < 200; j++)
                sb.Append($"<p>During 2023, the Company paid Gamma Supplies Inc. (“Gamma{i}”) fees of ${j + 1},000 under agreement {j}.</p>");
        }
        sb.Append("<p>Note 9. Related Party Transactions</p>");
        sb.Append("<p>Beta Holdings Inc. (“Beta”), our majority shareholder, loaned the Company $2,500 during the year ended December 31, 2023.</p>");
        sb.Append("<table><tr><td></td><td>2023</td><td>2022</td></tr><tr><td>Amounts due to Beta</td><td>$</td><td>1,200</td><td>$</td><td>900</td></tr></table>");
        sb.Append("<p>Note 10. Commitments</p><p>The Company leases offices from Gamma Supplies Inc. for $7,000 in 2023.</p></body></html>");
        var html = sb.ToString();
        Assert.True(html.Length > 60_000);

        var note = new NoteExtractor().Extract(html, new ExtractionOptions(), Ct);
        Assert.Equal(
            [(Core.Notes.FactKinds.DueTo, 2022, 900m), (Core.Notes.FactKinds.DueTo, 2023, 1_200m), (Core.Notes.FactKinds.LoanFrom, 2023, 2_500m)],
            note.Facts.Select(f => (f.Kind, f.Year!.Value, f.Amount!.Value)).OrderBy(k => k.Kind).ThenBy(k => k.Item2));
        Assert.All(note.Facts, f => Assert.Equal("Beta Holdings Inc.", f.Party));
        var due = Assert.Single(note.Facts, f => f.Amount == 1_200m);
        Assert.Contains("Amounts due to Beta", html[due.Evidence!.Start..due.Evidence.End], StringComparison.Ordinal);
    }
}
