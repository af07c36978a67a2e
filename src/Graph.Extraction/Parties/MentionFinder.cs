using System.Text.RegularExpressions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Parties;

/// <summary>
/// Finds where parties are named in a stretch of text (longest name wins where names overlap)
/// and where the text only describes one ("a former owner of Nottingham", "related parties").
/// </summary>
internal static class MentionFinder
{
    private static readonly Regex Described = Patterns.Build(
        @"\b(?<det>a|an|the|one|one such|its|our|their|certain|two|three|several|other|such|these|this|each)\s+(company['’]s\s+|group['’]s\s+)?((former|current|then|minority|majority|non-?controlling|executive|controlling|controlled|significant|principal|related|affiliated|third[- ]party|equity|personal|consolidated|same|such)\s+){0,2}(?<noun>president\s*(&|and)\s*ceo|chief\s+executive\s+officer|chief\s+financial\s+officer|ceo|cfo|chairman|vice[- ]president|president|owners?|investors?|shareholders?|stockholders?|directors?|officers?|employees?|executives?|entity|entities|company|companies|joint venture|affiliates?|related part(y|ies)|lessors?|lenders?|noteholders?|family members?|relatives?|individuals?|persons?|part(y|ies)|members? of (the )?management|investees?|customers?|suppliers?|vendors?)\b(\s+(of|controlled\s+by|owned\s+by)\s+([A-Z][\w\-]*(\s+[A-Z][\w\-]*){0,2}|our\s+\w+|a\s+(director|shareholder|stockholder|officer)\b)|\s+in\s+[A-Z][\w\-]*(\s+[A-Z][\w\-]*){0,2})?");

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
        var described = DescribedWords.MayMatch(view) ? Described.Matches(text[start..end]) : null;
        foreach (Match m in described ?? Enumerable.Empty<Match>())
        {
            var s = start + m.Index;
            var e = s + m.Length;
            if (found.Any(f => f.Start < e && s < f.End)) continue;
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
        var related = RelatedWords.MayMatch(view) ? Related.Matches(text[start..end]) : null;
        foreach (Match m in related ?? Enumerable.Empty<Match>())
        {
            var s = start + m.Index;
            var e = s + m.Length;
            if (found.Any(f => f.Start < e && s < f.End)) continue;
            var plural = m.Value.EndsWith('s') && !m.Value.EndsWith("party", StringComparison.OrdinalIgnoreCase);
            var party = book.AddDescribed(plural ? "related parties" : "a related party", aggregate: plural);
            found.Add(new PartyMention(s, e, party, IsRelational(text, s)));
        }
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
