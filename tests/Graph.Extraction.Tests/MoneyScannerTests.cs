using Graph.Extraction.Amounts;

namespace Graph.Extraction.Tests;

public sealed class MoneyScannerTests
{
    [Theory]
    [InlineData("RMB1,341", 1341, "RMB")]
    [InlineData("$1.2 million", 1_200_000, "USD")]
    [InlineData("US$0.5 billion", 500_000_000, "USD")]
    [InlineData("HK$1,808,000", 1_808_000, "HKD")]
    [InlineData("A$12,500", 12_500, "AUD")]
    [InlineData("€3,000", 3_000, "EUR")]
    [InlineData("¥250 million", 250_000_000, "JPY")]
    [InlineData("$10 thousand", 10_000, "USD")]
    [InlineData("RMB 0.01 million", 10_000, "RMB")]
    [InlineData("$3,400,000from G. Ward Paxton", 3_400_000, "USD")]
    public void Reads_currency_and_inline_multiplier(string text, decimal amount, string currency)
    {
        var token = Assert.Single(MoneyScanner.Scan(text, 0, text.Length), t => !t.IsNil);
        Assert.Equal(amount, token.Amount);
        Assert.Equal(currency, token.Currency);
    }

    [Theory]
    [InlineData("(1,200)", 1200, true)]
    [InlineData("1,200", 1200, false)]
    [InlineData("$ 7,230,629", 7_230_629, false)]
    [InlineData("(352,296", 352_296, true)]
    public void Reads_table_numbers_with_parenthesised_negatives(string cell, decimal value, bool negative)
    {
        var parsed = NumberText.Parse(cell);
        Assert.NotNull(parsed);
        Assert.Equal(value, parsed.Value.Value);
        Assert.Equal(negative, parsed.Value.Negative);
    }

    [Theory]
    [InlineData("2022,2023")]
    [InlineData("12,34")]
    [InlineData("abc")]
    public void Rejects_text_that_is_not_one_number(string cell) => Assert.Null(NumberText.Parse(cell));

    [Theory]
    [InlineData("—")]
    [InlineData("-")]
    [InlineData("–")]
    public void Dashes_are_nil(string cell) => Assert.True(NumberText.IsDash(cell));
}
