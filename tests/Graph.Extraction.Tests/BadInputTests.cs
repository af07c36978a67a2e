using System.Text;
using Graph.Extraction.Input;

namespace Graph.Extraction.Tests;

/// <summary>Empty, binary, enormous, unrelated or hostile input: a clear rejection or an empty result, never a crash or a hang.</summary>
public sealed class BadInputTests
{
    private static readonly NoteExtractor Extractor = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void Empty_input_is_rejected_with_a_message(string input)
    {
        var e = Assert.Throws<InputRejectedException>(() => Extractor.Extract(input, new ExtractionOptions(), Ct));
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_input_is_rejected()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var input = Encoding.Latin1.GetString(bytes);
        var e = Assert.Throws<InputRejectedException>(() => Extractor.Extract(input, new ExtractionOptions(), Ct));
        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_100_MB_file_is_rejected_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"graph-huge-{Guid.NewGuid():N}.txt");
        try
        {
            await using (var fs = File.Create(path)) fs.SetLength(100L * 1024 * 1024);
            var reader = new NoteFileReader(Extractor);
            var e = await Assert.ThrowsAsync<InputRejectedException>(() => reader.ExtractFileAsync(path, null, Ct));
            Assert.Contains("limit", e.Message, StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_string_over_the_limit_is_rejected()
    {
        var input = new string('a', InputGuard.MaxChars + 1);
        Assert.Throws<InputRejectedException>(() => Extractor.Extract(input, new ExtractionOptions(), Ct));
    }

    [Fact]
    public void Text_without_related_party_content_gives_an_empty_result()
    {
        var note = Extractor.Extract("The weather in 2023 was mild. Revenue grew by 5% to $1.2 million from retail customers.\nOutlook", new ExtractionOptions(), Ct);
        Assert.Empty(note.Facts);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Inputs_built_to_make_patterns_backtrack_finish(string input)
    {
        var note = Extractor.Extract(input, new ExtractionOptions(), Ct);
        Assert.NotNull(note);
    }

    public static TheoryData<string> Hostile() => new()
    {
        string.Concat(Enumerable.Repeat("RMB1,", 40_000)) + "x",
        string.Concat(Enumerable.Repeat("(", 100_000)) + "“A”)",
        string.Concat(Enumerable.Repeat("Aa ", 60_000)) + "Inc.",
        string.Concat(Enumerable.Repeat("December 31, ", 30_000)) + "2023",
        string.Concat(Enumerable.Repeat("Mr. A ", 30_000)),
        string.Concat(Enumerable.Repeat("| 1 ", 50_000)) + "\n" + string.Concat(Enumerable.Repeat("|\n", 50_000)),
        string.Concat(Enumerable.Repeat("a related party of ", 20_000)) + "$5",
        "<html><table><tr><td>" + string.Concat(Enumerable.Repeat("<div><span>", 20_000)) + "unclosed $1,000 related party",
    };

    [Fact]
    public void Malformed_html_gives_a_result_not_a_crash()
    {
        var note = Extractor.Extract("<html><body><p>Note 5. Related Party Transactions<table><tr><td>Beta Corp.<td>$1,000<tr><p>Beta Corp. (“Beta”) loaned the Company $2,000 in 2023.", new ExtractionOptions(), Ct);
        Assert.Contains(note.Facts, f => f.Amount == 2000m);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => Extractor.Extract("text", new ExtractionOptions(), cts.Token));
    }
}
