using System.Text.RegularExpressions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Amounts;

/// <summary>Finds printed amounts with a currency mark in prose ("RMB1,341", "$1.2 million", "HK$'000 5").</summary>
internal static class MoneyScanner
{
    private static readonly Regex Money = Patterns.Build(
        @"(?<cur>" + Currencies.MarkPattern + @")\s{0,2}(?<neg2>\()?(?<num>\d[\d,]*(\.\d+)?)(\s{0,2}(?<mult>thousand|million|billion|bn)s?)?",
        ignoreCase: false);

    private static readonly Regex Nil = Patterns.Build(@"\bnil\b", ignoreCase: true);

    public static List<MoneyToken> Scan(string text, int start, int end)
    {
        var tokens = new List<MoneyToken>();
        // Most clauses hold no amount at all: a digit and a currency mark must both be present.
        var view = text.AsSpan(start, end - start);
        if (view.IndexOfAnyInRange('0', '9') < 0) return tokens;
        var span = text[start..end];
        foreach (Match m in Money.Matches(span))
        {
            var num = m.Groups["num"].Value.TrimEnd(',', '.');
            var parsed = NumberText.Parse(num);
            if (parsed is null) continue;
            var cur = m.Groups["cur"].Value;
            // "Rs" only counts as a currency when a number follows directly; "$" inside words does not occur.
            var mult = NumberText.Multiplier(m.Groups["mult"].Success ? m.Groups["mult"].Value : null);
            var tokenEnd = m.Groups["mult"].Success ? m.Index + m.Length : m.Groups["num"].Index + num.Length;
            var negative = m.Groups["neg2"].Success;
            tokens.Add(new MoneyToken(start + m.Index, start + tokenEnd, parsed.Value.Value * mult,
                Currencies.Normalize(cur), negative));
        }
        foreach (Match m in Nil.Matches(span))
            tokens.Add(new MoneyToken(start + m.Index, start + m.Index + m.Length, null, null));
        tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        return tokens;
    }
}
