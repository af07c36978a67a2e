using Graph.Core.Notes;

namespace Graph.Extraction.Tests;

public sealed class PartyTests
{
    private static NoteFacts Extract(string text) =>
        new NoteExtractor().Extract(text, new ExtractionOptions(), TestContext.Current.CancellationToken);

    [Fact]
    public void Person_named_beside_a_role_is_a_person_party()
    {
        var note = Extract("During the year ended December 31, 2022, Robert Denser, a Director of the Company, loaned the Company $93,000 through a convertible note.");
        var party = Assert.Single(note.Parties, p => p.Name == "Robert Denser");
        Assert.Equal(PartyTypes.Person, party.Type);
        var fact = Assert.Single(note.Facts);
        Assert.Equal(("Robert Denser", FactKinds.LoanFrom, 2022, 93_000m), (fact.Party, fact.Kind, fact.Year!.Value, fact.Amount!.Value));
    }

    [Fact]
    public void Titled_person_gets_short_aliases()
    {
        var note = Extract("Transaction with Mr. Jun Zhu\nMr. Jun Zhu, the chairman, provided loans of RMB16.1 million and nil to the Group in 2019 and 2020, respectively.");
        var party = Assert.Single(note.Parties, p => p.Type == PartyTypes.Person);
        Assert.Equal("Jun Zhu", party.Name);
        Assert.Contains("Mr. Zhu", party.Aliases);
        var fact = Assert.Single(note.Facts);
        Assert.Equal((FactKinds.LoanFrom, 2019, 16_100_000m), (fact.Kind, fact.Year!.Value, fact.Amount!.Value));
    }

    [Fact]
    public void Described_party_is_unnamed_and_does_not_take_a_named_partys_fact()
    {
        var note = Extract("The Company leases office space from one such controlled entity. During the years ended December 31, 2013 and 2012, the Company paid $864 and $853, respectively, under this lease.");
        Assert.Equal(2, note.Facts.Count);
        Assert.All(note.Facts, f => Assert.True(f.Unnamed));
    }

    [Fact]
    public void Several_parties_together_make_an_aggregate()
    {
        var note = Extract("The Company obtained three working capital loans from NC 143 and RMI in the aggregate amount of $150,000 in 2016.");
        var fact = Assert.Single(note.Facts);
        Assert.True(fact.Aggregate);
    }

    [Fact]
    public void Relationship_list_defines_parties_with_their_relationship()
    {
        var note = Extract(string.Join('\n', "Name of Related Parties", "|", "Relationship with the Group", "JYADK", "|", "Equity investee of the Group",
            "Allcure Information", "|", "An entity controlled by a director of the Company"));
        Assert.Equal("Equity investee of the Group", Assert.Single(note.Parties, p => p.Name == "JYADK").Relationship);
        Assert.Contains(note.Parties, p => p.Name == "Allcure Information");
    }

    [Fact]
    public void Reporter_defined_in_the_note_is_not_a_party()
    {
        var note = Extract("Acme Holdings Inc. (the “Company”) sold products of $1,000 to Beta Corp. (“Beta”) in 2023.");
        Assert.Equal("Acme Holdings Inc.", note.Reporter);
        Assert.DoesNotContain(note.Parties, p => p.Name.StartsWith("Acme", StringComparison.Ordinal));
        var fact = Assert.Single(note.Facts);
        Assert.Equal(("Beta Corp.", FactKinds.Revenue), (fact.Party, fact.Kind));
    }

    [Fact]
    public void Reporter_option_is_kept()
    {
        var note = new NoteExtractor().Extract("Nothing related here.", new ExtractionOptions { Reporter = "Acme" }, TestContext.Current.CancellationToken);
        Assert.Equal("Acme", note.Reporter);
    }
}
