using Graph.Core.Notes;
using Graph.Extraction.Scoring;

namespace Graph.Extraction.Tests;

public sealed class SeedNoteTests
{
    private readonly NoteFacts _facts = new NoteExtractor().Extract(
        TestData.Note(TestData.SeedStem), new ExtractionOptions { NoteName = "seed" }, TestContext.Current.CancellationToken);

    [Fact]
    public void Seed_note_scores_perfectly_against_its_gold_labels()
    {
        var score = FactScorer.Score(TestData.SeedStem, TestData.Gold(TestData.SeedStem), _facts);

        Assert.Equal(21, score.Gold);
        Assert.Empty(score.Missed);
        Assert.Empty(score.Spurious);
        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void Defined_short_names_become_aliases_of_the_full_legal_name()
    {
        var keshen = Assert.Single(_facts.Parties, p => p.Name == "Shanghai Keshen Information Technology Co., Ltd");
        Assert.Contains("Shanghai Keshen", keshen.Aliases);
        Assert.Equal(PartyTypes.Company, keshen.Type);
    }

    [Fact]
    public void Blank_slots_are_nils_that_do_not_shift_later_amounts()
    {
        // "Revenues of RMB2, and RMB1 ... for the years ended December 31, 2022, 2023 and 2024".
        var yunjitong = _facts.Facts.Where(f => f.Party.StartsWith("Shenzhen City Yunjitong", StringComparison.Ordinal) && f.Kind == FactKinds.Revenue)
            .OrderBy(f => f.Year).Select(f => (f.Year, f.Amount)).ToList();
        Assert.Equal([(2022, 2m), (2024, 1m)], yunjitong);
    }

    [Fact]
    public void Balances_carry_their_balance_sheet_date_and_note_currency()
    {
        var balance = Assert.Single(_facts.Facts, f => f.Kind == FactKinds.DueFrom && f.Amount == 389);
        Assert.Equal("2024-12-31", balance.AsOf);
        Assert.Equal("RMB", balance.Currency);
        Assert.Equal("RMB", _facts.Currency);
    }

    [Fact]
    public void Every_fact_has_evidence_that_quotes_its_amount()
    {
        var input = TestData.Note(TestData.SeedStem);
        foreach (var fact in _facts.Facts)
        {
            Assert.NotNull(fact.Evidence);
            var quote = input[fact.Evidence.Start..fact.Evidence.End];
            Assert.Contains(fact.Amount!.Value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), quote, StringComparison.Ordinal);
        }
    }
}
