using System.Text;
using Graph.Core.Notes;

namespace Graph.Extraction.Tests;

/// <summary>
/// Plain text hard-wrapped at a fixed width breaks sentences, names and amount lists across lines:
/// the extractor must read the same facts from it as from the unwrapped note.
/// </summary>
public sealed class WrappedTextTests
{
    private readonly NoteExtractor _extractor = new();

    public static TheoryData<string, int> Notes()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.EnumerateFiles(TestData.DevNotes, "*.txt").Order())
            foreach (var width in new[] { 72, 80, 100 })
                data.Add(Path.GetFileNameWithoutExtension(file), width);
        return data;
    }

    [Theory]
    [MemberData(nameof(Notes))]
    public void Rewrapping_the_prose_of_a_dev_note_keeps_its_facts(string stem, int width)
    {
        var original = TestData.Note(stem);
        var wrapped = Rewrap(original, width);

        var expected = Keys(_extractor.Extract(original, new ExtractionOptions(), TestContext.Current.CancellationToken));
        var actual = _extractor.Extract(wrapped, new ExtractionOptions(), TestContext.Current.CancellationToken);

        Assert.Equal(expected, Keys(actual));
        Assert.All(actual.Facts, f => Assert.InRange(f.Evidence!.End, f.Evidence.Start, wrapped.Length));
    }

    [Fact]
    public void An_amount_list_and_its_years_broken_across_lines_still_pair_up()
    {
        const string text =
            "The Company provided services to Shenyang Yunrongxin Technology Co., Ltd (\"Shenyang\n" +
            "Yunrongxin\"). Revenues of RMB1,341,\nRMB913 and RMB162 were recorded for the years ended December 31,\n" +
            "2022, 2023 and 2024, respectively.";

        var facts = _extractor.Extract(text, new ExtractionOptions(), TestContext.Current.CancellationToken).Facts;

        Assert.Equal([(2022, 1341m), (2023, 913m), (2024, 162m)],
            facts.Where(f => f.Kind == FactKinds.Revenue).Select(f => (f.Year ?? 0, f.Amount ?? 0m)).Order().ToArray());
        Assert.All(facts, f => Assert.Equal("Shenyang Yunrongxin Technology Co., Ltd", f.Party));
    }

    [Fact]
    public void A_wrapped_paragraph_after_a_table_is_read_as_prose_not_as_rows()
    {
        const string text =
            "Amounts due to related parties\n|Mr. Lee | 2023 | 2024\n|Loan | 100 | 200\n|Interest | 5 | 6\n\n" +
            "During the year ended December 31, 2024, the outstanding loan balance of HK$1,808,000\n" +
            "was waived by Suk Fan\nChan, who is a director of the Company.";

        var facts = _extractor.Extract(text, new ExtractionOptions(), TestContext.Current.CancellationToken).Facts;

        Assert.Contains(facts, f => f.Party == "Suk Fan Chan" && f.Amount == 1_808_000m && f.Year == 2024);
    }

    [Fact]
    public void The_end_of_a_wrapped_caption_does_not_become_a_table_header()
    {
        const string text =
            "In the normal course of business, the Group sold merchandise to the following\n" +
            "related parties as follows:\n|Year ended December 31,\n|2014 | 2015\n" +
            "|Neptunus Group | 2,644 | 2,160\n|Other | 1 | 2\n";

        var facts = _extractor.Extract(text, new ExtractionOptions(), TestContext.Current.CancellationToken).Facts;

        Assert.Contains(facts, f => f.Party == "Neptunus Group" && f.Kind == FactKinds.Revenue && f.Year == 2015 && f.Amount == 2160m);
    }

    // Facts of parties the text only describes are left out, as the scorer leaves them out.
    private static List<string> Keys(NoteFacts note) =>
        [.. note.Facts.Where(f => f.Unnamed != true).Select(f => $"{f.Party}|{f.Kind}|{f.Year}|{f.AsOf}|{f.Amount}|{f.Currency}").Order(StringComparer.Ordinal)];

    // Greedy word wrap of every prose line (lines with pipes are table rows and stay as they are).
    internal static string Rewrap(string text, int width)
    {
        var sb = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length <= width || line.Contains('|')) { sb.Append(line).Append('\n'); continue; }
            var column = 0;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (column > 0 && column + 1 + word.Length > width) { sb.Append('\n'); column = 0; }
                else if (column > 0) { sb.Append(' '); column++; }
                sb.Append(word);
                column += word.Length;
            }
            sb.Append('\n');
        }
        return sb.ToString(0, sb.Length - 1);
    }
}
