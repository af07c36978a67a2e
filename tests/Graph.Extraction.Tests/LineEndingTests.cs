using Graph.Core.Notes;

namespace Graph.Extraction.Tests;

/// <summary>
/// Notes saved on Windows end their lines with "\r\n": the extractor must read the same facts
/// as from "\n" text, with evidence offsets that point into the input as given.
/// </summary>
public sealed class LineEndingTests
{
    private readonly NoteExtractor _extractor = new();

    public static TheoryData<string> Notes()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestData.DevNotes, "*.txt").Order())
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Notes))]
    public void Crlf_line_ends_give_the_same_facts_as_lf(string stem)
    {
        var original = TestData.Note(stem).Replace("\r\n", "\n");
        var crlf = original.Replace("\n", "\r\n");

        var expected = _extractor.Extract(original, new ExtractionOptions(), TestContext.Current.CancellationToken);
        var actual = _extractor.Extract(crlf, new ExtractionOptions(), TestContext.Current.CancellationToken);

        Assert.Equal(Keys(expected), Keys(actual));
        // The evidence of each fact quotes the same text, only with "\r\n" where the note had "\n".
        Assert.Equal(
            expected.Facts.Select(f => original[f.Evidence!.Start..f.Evidence.End]),
            actual.Facts.Select(f => crlf[f.Evidence!.Start..f.Evidence.End].Replace("\r\n", "\n")));
    }

    [Fact]
    public void A_name_broken_by_a_crlf_wrap_is_still_found()
    {
        const string text =
            "The Company provided services to Shenyang Yunrongxin Technology Co., Ltd (\"Shenyang\r\n" +
            "Yunrongxin\"). Revenues of RMB1,341, RMB913 and RMB162 were recorded for the years ended\r\n" +
            "December 31, 2022, 2023 and 2024, respectively.";

        var facts = _extractor.Extract(text, new ExtractionOptions(), TestContext.Current.CancellationToken).Facts;

        Assert.Equal([(2022, 1341m), (2023, 913m), (2024, 162m)],
            facts.Where(f => f.Kind == FactKinds.Revenue).Select(f => (f.Year ?? 0, f.Amount ?? 0m)).Order().ToArray());
    }

    private static List<string> Keys(NoteFacts note) =>
        [.. note.Facts.Select(f => $"{f.Party}|{f.Kind}|{f.Year}|{f.AsOf}|{f.Amount}|{f.Currency}").Order(StringComparer.Ordinal)];
}
