using System.Text.RegularExpressions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Amounts;

/// <summary>Finds printed amounts with a currency mark in prose ("RMB1,341", "$1.2 million", "HK$'000 5").</summary>
internal static class MoneyScanner
{
    // Mark, spaces, an opening parenthesis, the number, spaces and a multiplier word with its plural "s".
    // No named groups: the matcher's capture pass costs more than reading the parts back (see Parts).
    private static readonly Regex Money = Patterns.Build(
        @"(" + Currencies.MarkPattern + @")\s{0,2}\(?\d[\d,]*(\.\d+)?(\s{0,2}(thousand|million|billion|bn)s?)?",
        ignoreCase: false);

    private static readonly Regex Nil = Patterns.Build(@"\bnil\b", ignoreCase: true);

    // Every match of Nil holds the word itself.
    private static readonly LiteralGate NilWord = new(ignoreCase: true, "nil");

    public static List<MoneyToken> Scan(string text, int start, int end)
    {
        var tokens = new List<MoneyToken>();
        // Most clauses hold no amount at all: a digit and a currency mark must both be present.
        var view = text.AsSpan(start, end - start);
        if (view.IndexOfAnyInRange('0', '9') < 0) return tokens;
        // Matching over a span of the text reads it as a whole input, just as matching over a copy of it.
        foreach (var m in Money.EnumerateMatches(view))
        {
            var (cur, negative, numIndex, numLength, mult) = Parts(view.Slice(m.Index, m.Length));
            var num = view.Slice(m.Index + numIndex, numLength).ToString().TrimEnd(',', '.');
            var parsed = NumberText.Parse(num);
            if (parsed is null) continue;
            // "Rs" only counts as a currency when a number follows directly; "$" inside words does not occur.
            var multiplier = NumberText.Multiplier(mult);
            var tokenEnd = mult is not null ? m.Index + m.Length : m.Index + numIndex + num.Length;
            tokens.Add(new MoneyToken(start + m.Index, start + tokenEnd, parsed.Value.Value * multiplier,
                Currencies.Normalize(cur), negative));
        }
        if (NilWord.MayMatch(view))
            foreach (Match m in Nil.Matches(text[start..end]))
                tokens.Add(new MoneyToken(start + m.Index, start + m.Index + m.Length, null, null));
        tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        return tokens;
    }

    /// <summary>
    /// The parts of a match of <see cref="Money"/>: the mark runs up to the first space, parenthesis
    /// or digit (no mark holds one); the number from its first digit over digits, commas and one
    /// decimal part; whatever follows is spaces and the multiplier word, less its plural "s".
    /// </summary>
    private static (string Mark, bool Negative, int NumIndex, int NumLength, string? Multiplier) Parts(ReadOnlySpan<char> match)
    {
        var i = 0;
        while (!char.IsWhiteSpace(match[i]) && match[i] != '(' && !char.IsDigit(match[i])) i++;
        var mark = match[..i].ToString();
        while (char.IsWhiteSpace(match[i])) i++;
        var negative = match[i] == '(';
        if (negative) i++;
        var numIndex = i;
        while (i < match.Length && (char.IsDigit(match[i]) || match[i] == ',')) i++;
        if (i + 1 < match.Length && match[i] == '.' && char.IsDigit(match[i + 1]))
        {
            i++;
            while (i < match.Length && char.IsDigit(match[i])) i++;
        }
        var numLength = i - numIndex;
        if (i == match.Length) return (mark, negative, numIndex, numLength, null);
        while (char.IsWhiteSpace(match[i])) i++;
        var word = match[i..];
        return (mark, negative, numIndex, numLength, (word.EndsWith('s') ? word[..^1] : word).ToString());
    }
}
