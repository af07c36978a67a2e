namespace Graph.Extraction.Amounts;

/// <summary>
/// One printed amount in the analysed text: the number times its inline multiplier
/// ("$1.2 million" → 1,200,000), or a nil ("nil", a dash) that holds a slot in a list.
/// </summary>
internal sealed record MoneyToken(int Start, int End, decimal? Amount, string? Currency, bool Negative = false)
{
    public bool IsNil => Amount is null;
}
