using Graph.Extraction.Amounts;

namespace Graph.Extraction.Tests;

/// <summary>Amount lists paired with period lists: blanks where a dash was are nils and never shift the others.</summary>
public sealed class AmountListTests
{
    private static List<decimal?> Slots(string text, int periods)
    {
        var tokens = MoneyScanner.Scan(text, 0, text.Length);
        var list = Assert.Single(AmountListReader.Read(text, tokens));
        return [.. list.Slots(periods).Select(t => t?.Amount)];
    }

    [Fact]
    public void Trailing_blank_after_and() =>
        Assert.Equal([34m, 6m, null], Slots("Revenues of RMB34, RMB6 and , were recorded", 3));

    [Fact]
    public void Blank_between_comma_and_and() =>
        Assert.Equal([2m, null, 1m], Slots("Revenues of RMB2, and RMB1 were recorded", 3));

    [Fact]
    public void Leading_and_trailing_blanks() =>
        Assert.Equal([null, 321m, null], Slots("included in cost of revenues of , RMB321 and , for the years", 3));

    [Fact]
    public void Blank_before_as_of() =>
        Assert.Equal([4m, null], Slots("Amounts due from X were RMB4 and as of December 31", 2));

    [Fact]
    public void Oxford_comma_is_not_a_blank_when_the_periods_do_not_ask_for_one() =>
        Assert.Equal([1m, 2m, 3m], Slots("fees of $1, $2, and $3 for the years", 3));

    [Fact]
    public void A_translation_in_parentheses_is_not_a_slot() =>
        Assert.Equal([1_000_000m, 1_000_000m], Slots("was RMB1.0 million and RMB1.0 million (US$0.1 million) as of", 2));

    [Fact]
    public void Nil_written_as_a_word_holds_a_slot() =>
        Assert.Equal([16_100_000m, null], Slots("provided loans of RMB16.1 million and nil to the Group", 2));
}
