using System.Text.RegularExpressions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Amounts;

/// <summary>
/// Groups the amounts of a sentence into lists: amounts separated only by commas and "and" belong
/// together, and the separators tell where a dash was dropped ("RMB2, and RMB1", ", RMB321 and ,").
/// A figure in parentheses right after another in a second currency is a translation, not a slot.
/// </summary>
internal static class AmountListReader
{
    private static readonly Regex Translation = Patterns.Build(@"^\s*\(\s*(approximately|approx\.?|or|equivalent to|about)?\s*$");
    private static readonly Regex DelimiterWord = Patterns.Build(@"^(,|and|&|;)$");

    // Words after which ", RMB5" starts with a blank slot: "cost of revenues of , RMB321".
    private static readonly HashSet<string> LeadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "were", "was", "are", "is", "be", "been", "totaled", "totalled", "to", "at", "approximately",
        "include", "includes", "included", "amounted", "respectively", "by",
    };

    public static IReadOnlyList<AmountList> Read(string text, IReadOnlyList<MoneyToken> tokens)
    {
        var kept = DropTranslations(text, tokens);
        var lists = new List<AmountList>();
        var i = 0;
        while (i < kept.Count)
        {
            var items = new List<ListItem>();
            var leading = LeadingBlanks(text, kept[i].Start);
            for (var b = 0; b < leading; b++) items.Add(new ListItem(SlotKind.Blank, null));
            items.Add(new ListItem(SlotKind.Amount, kept[i]));
            var j = i;
            while (j + 1 < kept.Count && Delimiters(text, kept[j].End, kept[j + 1].Start) is { } delims)
            {
                AddGapBlanks(items, delims);
                items.Add(new ListItem(SlotKind.Amount, kept[j + 1]));
                j++;
            }
            if (TrailingAnd(text, kept[j].End)) items.Add(new ListItem(SlotKind.MaybeBlank, null));
            lists.Add(new AmountList(kept[i].Start, kept[j].End, items));
            i = j + 1;
        }
        return lists;
    }

    private static List<MoneyToken> DropTranslations(string text, IReadOnlyList<MoneyToken> tokens)
    {
        var kept = new List<MoneyToken>();
        foreach (var t in tokens)
        {
            if (kept.Count > 0 && t.Amount is not null)
            {
                var prev = kept[^1];
                var gap = text[prev.End..t.Start];
                if (Translation.IsMatch(gap) && prev.Currency != t.Currency && prev.Currency is not null)
                    continue;
            }
            kept.Add(t);
        }
        // A translation may also close a list: "RMB1.0 million (US$0.1 million) as of".
        return kept;
    }

    /// <summary>The separators between two amounts, or null when words stand between them.</summary>
    private static List<string>? Delimiters(string text, int from, int to)
    {
        var gap = text[from..to];
        // Skip a closed translation "(US$0.1 million)" sitting between two listed amounts.
        var close = gap.IndexOf(')');
        if (close >= 0 && gap.IndexOf('(') is var open && open >= 0 && open < close)
            gap = gap[..open] + gap[(close + 1)..];
        var words = Split(gap);
        if (words.Count == 0) return [];
        return words.All(w => DelimiterWord.IsMatch(w)) ? words : null;
    }

    private static List<string> Split(string gap)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in gap)
        {
            if (c is ',' or ';')
            {
                if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
                words.Add(c.ToString());
            }
            else if (char.IsWhiteSpace(c) || c == '|')
            {
                if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
            }
            else current.Append(c);
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    private static void AddGapBlanks(List<ListItem> items, List<string> delims)
    {
        // Two separators with nothing between them held a dash: ", ," or "and ,".
        // ", and" is either an Oxford comma or a dropped dash: decided later by the period count.
        for (var k = 0; k + 1 < delims.Count; k++)
        {
            var pair = (delims[k], delims[k + 1]);
            items.Add(pair is (",", "and") or (",", "&")
                ? new ListItem(SlotKind.MaybeBlank, null)
                : new ListItem(SlotKind.Blank, null));
        }
    }

    private static int LeadingBlanks(string text, int start)
    {
        var k = start - 1;
        var commas = 0;
        while (k >= 0)
        {
            var c = text[k];
            if (c == ',') { commas++; k--; }
            else if (char.IsWhiteSpace(c)) k--;
            else break;
        }
        if (commas == 0) return 0;
        var wordEnd = k + 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        var word = text[(k + 1)..wordEnd];
        return LeadWords.Contains(word) ? commas : 0;
    }

    private static bool TrailingAnd(string text, int end)
    {
        var k = end;
        var sawAnd = false;
        while (k < text.Length)
        {
            if (char.IsWhiteSpace(text[k]) || text[k] == ',') { k++; continue; }
            if (k + 3 <= text.Length && string.Compare(text, k, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0
                && (k + 3 == text.Length || !char.IsLetter(text[k + 3])))
            {
                if (sawAnd) return true;
                sawAnd = true;
                k += 3;
                continue;
            }
            break;
        }
        return sawAnd;
    }
}
