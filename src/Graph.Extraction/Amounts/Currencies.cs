namespace Graph.Extraction.Amounts;

/// <summary>Maps the currency marks notes print to ISO-like codes (FACTS.md).</summary>
internal static class Currencies
{
    /// <summary>Regex alternation of currency marks, longest first so "US$" wins over "$".</summary>
    public const string MarkPattern =
        @"US\$|U\.S\.\$|HK\$|A\$|AU\$|C\$|CA\$|S\$|NT\$|NZ\$|R\$|RMB|USD|HKD|EUR|GBP|JPY|CNY|AUD|CAD|SGD|TWD|CHF|INR|KRW|Rs\.?|€|£|¥|\$";

    public static string? Normalize(string? mark)
    {
        if (string.IsNullOrWhiteSpace(mark)) return null;
        var m = mark.Trim().ToUpperInvariant().Replace("’000", "").Replace("'000", "").Replace("‘000", "");
        return m switch
        {
            "$" or "US$" or "U.S.$" or "USD" or "US DOLLARS" => "USD",
            "HK$" or "HKD" or "HK" => "HKD",
            "A$" or "AU$" or "AUD" => "AUD",
            "C$" or "CA$" or "CAD" => "CAD",
            "S$" or "SGD" => "SGD",
            "NT$" or "TWD" => "TWD",
            "NZ$" => "NZD",
            "R$" => "BRL",
            "RMB" or "CNY" => "RMB",
            "€" or "EUR" => "EUR",
            "£" or "GBP" => "GBP",
            "¥" or "JPY" => "JPY",
            "CHF" => "CHF",
            "INR" or "RS" or "RS." => "INR",
            "KRW" => "KRW",
            _ => null,
        };
    }
}
