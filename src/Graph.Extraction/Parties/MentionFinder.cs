using System.Text;
using System.Text.RegularExpressions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Parties;

/// <summary>
/// Finds where parties are named in a stretch of text (longest name wins where names overlap)
/// and where the text only describes one ("a former owner of Nottingham", "related parties").
/// </summary>
internal static class MentionFinder
{
    private const string DescribedPattern =
        @"\b(?<det>a|an|the|one|one such|its|our|their|certain|two|three|several|other|such|these|this|each)\s+(company['’]s\s+|group['’]s\s+)?((former|current|then|minority|majority|non-?controlling|executive|controlling|controlled|significant|principal|related|affiliated|third[- ]party|equity|personal|consolidated|same|such)\s+){0,2}(?<noun>president\s*(&|and)\s*ceo|chief\s+executive\s+officer|chief\s+financial\s+officer|ceo|cfo|chairman|vice[- ]president|president|owners?|investors?|shareholders?|stockholders?|directors?|officers?|employees?|executives?|entity|entities|company|companies|joint venture|affiliates?|related part(y|ies)|lessors?|lenders?|noteholders?|family members?|relatives?|individuals?|persons?|part(y|ies)|members? of (the )?management|investees?|customers?|suppliers?|vendors?)\b(\s+(of|controlled\s+by|owned\s+by)\s+([A-Z][\w\-]*(\s+[A-Z][\w\-]*){0,2}|our\s+\w+|a\s+(director|shareholder|stockholder|officer)\b)|\s+in\s+[A-Z][\w\-]*(\s+[A-Z][\w\-]*){0,2})?";

    private static readonly Regex Described = Patterns.Build(DescribedPattern);

    // The same matches without the determiner and noun: the matcher's capture pass is costly, and
    // most descriptions ("the Company") are dropped before their parts are needed.
    private static readonly Regex DescribedExtent = Patterns.Build(DescribedPattern.Replace("?<det>", "").Replace("?<noun>", ""));

    // Lower case only: "Related Party Transactions" is a title, "related parties" a group.
    private static readonly Regex Related = Patterns.Build(@"\brelated[\s-]part(y|ies)\b|\b(officers|directors|shareholders|stockholders|affiliates)(\s*/\s*(officers|directors|shareholders|stockholders))?\b", ignoreCase: false);

    // Words each match of the patterns above contains: table labels and captions mostly hold none.
    private static readonly LiteralGate DescribedWords = new(ignoreCase: true,
        "president", "chief", "ceo", "cfo", "chairman", "vice", "owner", "invest", "shareholder", "stockholder", "director",
        "officer", "employee", "executive", "entit", "compan", "joint", "affiliate", "part", "lessor", "lender", "noteholder",
        "family", "relative", "individual", "person", "member", "customer", "supplier", "vendor");

    private static readonly LiteralGate RelatedWords = new(ignoreCase: false,
        "related", "officers", "directors", "shareholders", "stockholders", "affiliates");

    private static readonly Regex Relational = Patterns.Build(@"(owned|controlled|managed|chaired|held|affiliated)\s+(\w+\s+)?by\s*$|\b(affiliate|relative|spouse|family member|nominee)\s+of\s*$|\bprincipals?\s+of\s*$");

    // Every relationship clause above ends in "by" or "of".
    private static readonly LiteralGate RelationalWords = new(ignoreCase: true, "by", "of");

    public static List<PartyMention> Find(string text, int start, int end, PartyBook book, bool withDescriptions = true)
    {
        var found = new List<PartyMention>();
        var span = text.AsSpan(start, end - start);
        foreach (var (name, party) in book.Names)
        {
            if (name.Length < 2) continue;
            var from = 0;
            while (from < span.Length)
            {
                var idx = span[from..].IndexOf(name.AsSpan(), StringComparison.Ordinal);
                if (idx < 0) break;
                var s = from + idx;
                var e = s + name.Length;
                if (IsWordBoundary(span, s - 1) && IsWordBoundary(span, e))
                    found.Add(new PartyMention(start + s, start + e, party, IsRelational(text, start + s)));
                from = s + Math.Max(1, name.Length);
            }
        }
        found = LongestFirst(found);
        if (withDescriptions) AddDescriptions(text, start, end, book, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void AddDescriptions(string text, int start, int end, PartyBook book, List<PartyMention> found)
    {
        var view = text.AsSpan(start, end - start);
        var sub = DescribedWords.MayMatch(view) && HasDeterminer(view) ? text[start..end] : "";
        foreach (var extent in DescribedExtent.EnumerateMatches(sub))
        {
            var s = start + extent.Index;
            var e = s + extent.Length;
            if (found.Any(f => f.Start < e && s < f.End)) continue;
            if (AlwaysDropped(sub.AsSpan(extent.Index, extent.Length))) continue;
            // Matching again where the extent starts gives the same match, now with its parts.
            var m = Described.Match(sub, extent.Index);
            System.Diagnostics.Debug.Assert(m.Index == extent.Index && m.Length == extent.Length);
            // "the CEO Note" is a document named after a role, not the officer.
            if (e + 1 < text.Length && text[e] == ' ' && char.IsUpper(text[e + 1]) && m.Groups["noun"].Value.Length <= 4) continue;
            var det = m.Groups["det"].Value.ToLowerInvariant();
            var noun = m.Groups["noun"].Value.ToLowerInvariant();
            if (det is "the" && noun is "company" or "companies" or "parties" or "party" && !m.Value.Contains("related", StringComparison.OrdinalIgnoreCase))
                continue;
            if (noun is "company" && det is "our" or "the" or "this" or "its") continue;
            // An apposition next to a name describes that name: "Mr. Jun Zhu, the chairman", "its CEO, Steve Jobs".
            if (found.Any(f => f.End <= s && s - f.End <= 8 && IsAppositionGap(text, f.End, s))) continue;
            if (found.Any(f => f.Start >= e && f.Start - e <= 4 && IsAppositionGap(text, e, f.Start) && !f.Party.Aggregate && !f.Party.Unnamed)) continue;
            var plural = noun.EndsWith('s') && noun is not "business" || noun.EndsWith("ies", StringComparison.Ordinal)
                         || det is "certain" or "two" or "three" or "several" or "these";
            var party = book.AddDescribed(m.Value, aggregate: plural);
            found.Add(new PartyMention(s, e, party, IsRelational(text, s)));
        }
        foreach (var m in Related.EnumerateMatches(RelatedWords.MayMatch(view) ? view : []))
        {
            var s = start + m.Index;
            var e = s + m.Length;
            if (found.Any(f => f.Start < e && s < f.End)) continue;
            var value = text.AsSpan(s, m.Length);
            var plural = value.EndsWith('s') && !value.EndsWith("party", StringComparison.OrdinalIgnoreCase);
            var party = book.AddDescribed(plural ? "related parties" : "a related party", aggregate: plural);
            found.Add(new PartyMention(s, e, party, IsRelational(text, s)));
        }
    }

    // The determiners that open every match of Described ("one such" opens with "one").
    private static readonly string[] Determiners =
    [
        "a", "an", "the", "one", "its", "our", "their", "certain", "two", "three", "several", "other", "such", "these", "this", "each",
    ];

    /// <summary>
    /// Whether a determiner followed by a space starts a word somewhere in the text, as it does in every
    /// match of Described: table labels ("Due to related parties") mostly have none. Only an ASCII letter,
    /// digit or underscore before a determiner surely fails the pattern's "\b"; anything else may pass it.
    /// </summary>
    private static bool HasDeterminer(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && (char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] == '_')) continue;
            foreach (var det in Determiners)
            {
                var after = i + det.Length;
                if (after < text.Length && char.IsWhiteSpace(text[after]) && text[i..after].Equals(det, StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "the Company", "our company", "the parties": two words that the checks in AddDescriptions always
    /// drop ("the", "our", "this" or "its" with "company"; "the" with "companies", "parties" or "party").
    /// Told from the match alone, so the matcher need not find the determiner and noun for them.
    /// </summary>
    private static bool AlwaysDropped(ReadOnlySpan<char> match)
    {
        var detEnd = 0;
        while (detEnd < match.Length && !char.IsWhiteSpace(match[detEnd])) detEnd++;
        var nounStart = detEnd;
        while (nounStart < match.Length && char.IsWhiteSpace(match[nounStart])) nounStart++;
        if (nounStart == match.Length) return false;
        var det = match[..detEnd];
        var noun = match[nounStart..];
        foreach (var c in noun)
            if (char.IsWhiteSpace(c)) return false;
        if (Ascii.EqualsIgnoreCase(noun, "company"))
            return Ascii.EqualsIgnoreCase(det, "the") || Ascii.EqualsIgnoreCase(det, "our") || Ascii.EqualsIgnoreCase(det, "this") || Ascii.EqualsIgnoreCase(det, "its");
        return Ascii.EqualsIgnoreCase(det, "the") &&
               (Ascii.EqualsIgnoreCase(noun, "companies") || Ascii.EqualsIgnoreCase(noun, "parties") || Ascii.EqualsIgnoreCase(noun, "party"));
    }

    private static bool IsAppositionGap(string text, int from, int to)
    {
        var gap = text[from..to];
        return gap.Contains(',') && gap.All(c => c is ',' or ' ' or ')' or '”' or '"' or '’');
    }

    private static bool IsRelational(string text, int start)
    {
        var from = Math.Max(0, start - 30);
        return RelationalWords.MayMatch(text.AsSpan(from, start - from)) && Relational.IsMatch(text[from..start]);
    }

    private static List<PartyMention> LongestFirst(List<PartyMention> mentions)
    {
        var kept = new List<PartyMention>();
        foreach (var m in mentions.OrderByDescending(m => m.End - m.Start))
            if (!kept.Any(k => k.Start < m.End && m.Start < k.End)) kept.Add(m);
        return kept;
    }

    private static bool IsWordBoundary(ReadOnlySpan<char> span, int index) =>
        index < 0 || index >= span.Length || !char.IsLetterOrDigit(span[index]);
}
