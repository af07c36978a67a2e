using Graph.Core.Notes;

namespace Graph.Extraction.Tests;

/// <summary>Tables: header rows hold the periods; rows are parties or kinds; one row per line or one cell per line.</summary>
public sealed class TableTests
{
    private static NoteFacts Extract(string text) =>
        new NoteExtractor().Extract(text, new ExtractionOptions(), TestContext.Current.CancellationToken);

    private static List<(string Party, string Kind, int? Year, decimal? Amount)> Keys(NoteFacts note) =>
        [.. note.Facts.Where(f => f.Aggregate != true).Select(f => (f.Party, f.Kind, f.Year, f.Amount)).OrderBy(k => k.Party).ThenBy(k => k.Kind).ThenBy(k => k.Year)];

    [Fact]
    public void Rows_of_kinds_take_the_party_of_the_caption()
    {
        var note = Extract("""
            The nature and amounts of transactions with Kyocera Corporation are included in the table below.
            Fiscal Year Ended March 31, | 2018 | 2019
            Sales:
            Product sales to affiliates | $30,303 | $26,069
            Purchases of raw materials | 303,793 | —
            """);
        Assert.Equal(
            [("Kyocera Corporation", FactKinds.Purchase, 2018, 303_793m), ("Kyocera Corporation", FactKinds.Revenue, 2018, 30_303m), ("Kyocera Corporation", FactKinds.Revenue, 2019, 26_069m)],
            Keys(note));
        Assert.All(note.Facts, f => Assert.StartsWith("20", f.PeriodEnd ?? "20"));
    }

    [Fact]
    public void Rows_of_parties_take_the_kind_of_the_section_and_balance_dates()
    {
        var note = Extract("""
            Due from related parties:
            As of December 31 | 2023 | 2024
            Yibon | 7,321,246 | 6,920,600
            Hanyuan (ii) | — | 6,732,977
            Total | 7,321,246 | 13,653,577
            """);
        Assert.Equal(
            [("Hanyuan", FactKinds.DueFrom, 2024, 6_732_977m), ("Yibon", FactKinds.DueFrom, 2023, 7_321_246m), ("Yibon", FactKinds.DueFrom, 2024, 6_920_600m)],
            Keys(note));
        Assert.Contains(note.Facts, f => f.Aggregate == true && f.Amount == 13_653_577m);
        Assert.All(note.Facts, f => Assert.NotNull(f.AsOf));
    }

    [Fact]
    public void One_cell_per_line_with_a_translation_column()
    {
        var note = Extract(string.Join('\n',
            "The Group had the following related party transactions for the years ended December 31, 2018 and 2019.",
            "|", "For the Years ended December 31,", "|", "2018", "|", "2019", "|", "2019", "|", "RMB", "|", "RMB", "|", "US$",
            "Loan to:", "|", "Tianjin Jiatai", "|", "|", "50", "|", "5,949", "|", "855",
            "|", "Wuxi MZJH", "|", "—", "|", "1,640", "|", "236"));
        Assert.Equal(
            [("Tianjin Jiatai", FactKinds.LoanTo, 2018, 50m), ("Tianjin Jiatai", FactKinds.LoanTo, 2019, 5_949m), ("Wuxi MZJH", FactKinds.LoanTo, 2019, 1_640m)],
            Keys(note));
        Assert.DoesNotContain(note.Facts, f => f.Amount is 855m or 236m);
    }

    [Fact]
    public void Unit_in_the_header_goes_to_scale_not_amount()
    {
        var note = Extract("""
            Loans from Forward Investments, LLC, a shareholder, were as follows:
            (dollar amounts in thousands) | 2014 | 2013
            Promissory note issued to Forward Investments, LLC | 3,120 | 2,195
            """);
        var fact = Assert.Single(note.Facts, f => f.Year == 2014);
        Assert.Equal(3_120m, fact.Amount);
        Assert.Equal(1000m, fact.Scale);
        Assert.Equal(1000m, note.Scale);
    }

    [Fact]
    public void Parenthesised_negatives_are_positive_amounts()
    {
        var note = Extract("""
            Major related party transactions with Relx Inc. (the “Parent”) were as follows:
            For the year ended | December 31, 2019 | December 31, 2020
            Corporate expenses allocated to the Parent | (6,119) | (11,973)
            """);
        Assert.Equal([6_119m, 11_973m], note.Facts.Select(f => f.Amount!.Value));
        Assert.All(note.Facts, f => Assert.Equal(FactKinds.Other, f.Kind));
    }
}
