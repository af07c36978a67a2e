using Graph.Core.Notes;

namespace Graph.Extraction.Tests;

/// <summary>The kind of each fact comes from the verbs and nouns around its amount.</summary>
public sealed class KindTests
{
    [Theory]
    [InlineData("The Company provided services to Beta Corp. (“Beta”). Revenues of $500 were recorded in 2023.", FactKinds.Revenue)]
    [InlineData("The Company purchased raw materials from Beta Corp. (“Beta”) of $500 in 2023.", FactKinds.Purchase)]
    [InlineData("In 2023, the Company borrowed $500 from Beta Corp. (“Beta”).", FactKinds.LoanFrom)]
    [InlineData("In 2023, the Company made cash advances to Beta Corp. (“Beta”) of $500.", FactKinds.LoanTo)]
    [InlineData("Amounts due from Beta Corp. (“Beta”) were $500 as of December 31, 2023.", FactKinds.DueFrom)]
    [InlineData("Amounts due to Beta Corp. (“Beta”) were $500 as of December 31, 2023.", FactKinds.DueTo)]
    [InlineData("Interest expense on notes held by Beta Corp. (“Beta”) was $500 for the year ended December 31, 2023.", FactKinds.InterestExpense)]
    [InlineData("In 2023, the Company repaid $500 to Beta Corp. (“Beta”).", FactKinds.RepaymentMade)]
    [InlineData("In 2023, the Company paid dividends of $500 to Beta Corp. (“Beta”).", FactKinds.Other)]
    [InlineData("The Group’s short-term borrowings in 2023 of $500 are guaranteed by Beta Corp. (“Beta”).", FactKinds.GuaranteeReceived)]
    [InlineData("In 2023, the Company billed Beta Corp. (“Beta”) $500 for transition services.", FactKinds.Revenue)]
    public void Cue_words_decide_the_kind(string text, string kind)
    {
        var note = new NoteExtractor().Extract(text, new ExtractionOptions(), TestContext.Current.CancellationToken);
        var fact = Assert.Single(note.Facts);
        Assert.Equal(kind, fact.Kind);
        Assert.Equal(500m, fact.Amount);
        Assert.Equal(2023, fact.Year);
    }

    [Theory]
    [InlineData("The Company may borrow up to $3,400,000 from Beta Corp. (“Beta”) in 2023.")]
    [InlineData("Beta Corp. (“Beta”) provides services for a fee of $50 per month since 2023.")]
    [InlineData("In 2023 the unamortized debt discount on the note held by Beta Corp. (“Beta”) was $7,578.")]
    public void Terms_are_not_transactions(string text)
    {
        var note = new NoteExtractor().Extract(text, new ExtractionOptions(), TestContext.Current.CancellationToken);
        Assert.Empty(note.Facts);
    }
}
