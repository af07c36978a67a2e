using System.Globalization;

namespace Graph.Extraction.Amounts;

/// <summary>Reads printed numbers: thousands separators, decimals, parenthesised negatives, dashes as nil.</summary>
internal static class NumberText
{
    public static bool IsDash(string s)
    {
        var t = s.Trim().Trim('$').Trim();
        return t is "-" or "—" or "–" or "−" or "--" or "——" or "- -" or "nil" or "Nil" or "NIL";
    }

    /// <summary>Parses "1,234", "(1,234)", "1,234.5", "$ 12"; null when the text is not a number.</summary>
    public static (decimal Value, bool Negative)? Parse(string s)
    {
        var t = s.Trim();
        var negative = false;
        if (t.StartsWith('(')) { negative = true; t = t[1..]; }
        if (t.EndsWith(')')) { negative = true; t = t[..^1]; }
        t = t.Trim().TrimStart('$').Trim();
        if (t.StartsWith('(')) { negative = true; t = t[1..].Trim(); }
        if (t.Length == 0 || !char.IsAsciiDigit(t[0]) && t[0] != '.') return null;
        t = t.TrimEnd(',', '.');
        if (!IsWellFormed(t)) return null;
        return decimal.TryParse(t.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? (v, negative)
            : null;
    }

    // Commas must group thousands ("2,104"), otherwise "2022,2023" would read as one number.
    private static bool IsWellFormed(string t)
    {
        var dot = t.IndexOf('.');
        var whole = dot >= 0 ? t[..dot] : t;
        if (dot >= 0 && !t[(dot + 1)..].All(char.IsAsciiDigit)) return false;
        if (!whole.Contains(',')) return whole.All(char.IsAsciiDigit);
        var groups = whole.Split(',');
        if (groups[0].Length is < 1 or > 3) return false;
        return groups.Skip(1).All(g => g.Length == 3 && g.All(char.IsAsciiDigit)) && groups[0].All(char.IsAsciiDigit);
    }

    public static decimal Multiplier(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "thousand" or "thousands" or "k" => 1_000m,
        "million" or "millions" or "mn" or "m" => 1_000_000m,
        "billion" or "billions" or "bn" or "b" => 1_000_000_000m,
        _ => 1m,
    };
}
