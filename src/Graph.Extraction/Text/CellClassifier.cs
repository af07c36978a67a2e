using System.Text.RegularExpressions;
using Graph.Extraction.Amounts;

namespace Graph.Extraction.Text;

/// <summary>Tells what a table cell holds: an amount, a dash, a year, a date, a currency or unit mark, or words.</summary>
internal static class CellClassifier
{
    private const string Month = @"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?";
    private static readonly Regex FullDate = Patterns.Build(@"^" + Month + @"\s*\d{1,2},?\s*(19|20)\d\d,?$");
    private static readonly Regex DatePart = Patterns.Build(@"^" + Month + @"\s*\d{1,2},?$");
    private static readonly Regex Year = Patterns.Build(@"^(fiscal\s+)?(19|20)\d\d$");
    private static readonly Regex CurrencyMark = Patterns.Build(
        @"^\(?\s*(US\$|HK\$|A\$|RMB|USD|HKD|EUR|GBP|JPY|CNY|AUD|CAD|SGD|HK|US|€|£|¥|\$)\s*(['’‘]\s*000s?|'000|000s?|\s*thousands?|\s*millions?)?\s*\)?$");
    private static readonly Regex UnitText = Patterns.Build(@"\bin\s+(thousands|millions|billions)\b|['’]000\b|\(000s?\)|\$000");

    // Every match of UnitText holds one of these; most cells are labels that hold none.
    private static readonly LiteralGate UnitWords = new(ignoreCase: true, "thousands", "millions", "billions", "000");

    public static CellKind Classify(string cell)
    {
        var t = cell.Trim();
        if (t.Length == 0) return CellKind.Punctuation;
        if (t is "%" or "% ") return CellKind.Percent;
        if (t is ")" or "(" or "$)" or ")%" or "*") return CellKind.Punctuation;
        if (NumberText.IsDash(t)) return CellKind.Dash;
        // Year matches end in a digit; FullDate and DatePart matches open with a month name.
        if (char.IsDigit(t[^1]) && Year.IsMatch(t)) return CellKind.Year;
        if (t.EndsWith('%') && NumberText.Parse(t.TrimEnd('%')) is not null) return CellKind.Percent;
        if (NumberText.Parse(t) is not null) return CellKind.Number;
        if (CurrencyMark.IsMatch(t)) return CellKind.Currency;
        if (char.IsAsciiLetter(t[0]) && FullDate.IsMatch(t)) return CellKind.Date;
        if (char.IsAsciiLetter(t[0]) && DatePart.IsMatch(t)) return CellKind.DatePart;
        if (UnitWords.MayMatch(t) && UnitText.IsMatch(t) && t.Length < 60) return CellKind.Unit;
        return t.Any(char.IsLetter) ? CellKind.Text : CellKind.Punctuation;
    }

    /// <summary>The unit a cell states: "(in thousands)", "RMB'000", "HK$’000" → 1000.</summary>
    public static decimal? Scale(string cell)
    {
        var t = cell.ToLowerInvariant();
        if (t.Contains("in thousands") || t.Contains("'000") || t.Contains("’000") || t.Contains("$000") || t.Contains("(000")) return 1000m;
        if (t.Contains("in millions")) return 1_000_000m;
        if (t.Contains("in billions")) return 1_000_000_000m;
        return null;
    }

    public static bool IsValue(CellKind k) => k is CellKind.Number or CellKind.Dash;
}
