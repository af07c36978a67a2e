namespace Graph.Extraction.Text;

/// <summary>
/// Joins prose lines back into paragraphs (inline-XBRL renderings break lines mid-sentence:
/// "As of\nSeptember 30, 2018,the borrowings"), marks headings, and splits paragraphs into
/// sentences and sentences into clauses.
/// </summary>
internal static class ProseReader
{
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "of", "to", "from", "the", "a", "an", "and", "or", "at", "in", "by", "for", "as", "with", "up", "plus",
        "through", "than", "that", "which", "was", "were", "is", "are", "be", "totaled", "totalled", "amount", "into",
        "under", "per", "its", "our", "their", "between", "upon", "until", "including", "include", "includes", "each",
    };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "no", "nos", "co", "corp", "inc", "ltd", "jr", "sr", "vs", "approx", "u.s", "e.g", "i.e",
        "messrs", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "l.l.c", "n.a",
        "s.a", "fig", "ref", "p.r.c", "etc",
    };

    /// <summary>Paragraphs of prose: each is a list of line ranges joined, with whether it reads as a heading.</summary>
    public static List<Paragraph> Paragraphs(string text, IReadOnlyList<TextLine> lines, ISet<int> tableLines)
    {
        var paragraphs = new List<Paragraph>();
        var width = WrapWidthOf(text, lines);
        Span? current = null;
        var currentLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (tableLines.Contains(i) || line.Kind == LineKind.Empty)
            {
                Flush();
                continue;
            }
            var (s, e) = Trimmed(text, line);
            if (e <= s) { Flush(); continue; }
            if (current is { } c && (Continues(text, c.End, s) || Wrapped(text, lines[i - 1], c.End, s, width) || OpenWrap(text, c)))
            {
                current = new Span(c.Start, e);
                continue;
            }
            Flush();
            current = new Span(s, e);
            currentLine = i;
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current is { } c)
                paragraphs.Add(new Paragraph(c, IsHeading(text, c), currentLine));
            current = null;
        }
    }

    private static (int, int) Trimmed(string text, TextLine line)
    {
        var s = line.Start;
        var e = line.End;
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] == '|')) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == '|')) e--;
        return (s, e);
    }

    // A line continues the previous one when that one stopped mid-sentence.
    private static bool Continues(string text, int prevEnd, int nextStart)
    {
        var last = text[prevEnd - 1];
        if (last is '.' or ':' or ';' or '!' or '?') return false;
        var next = text[nextStart];
        if (char.IsLower(next) || char.IsAsciiDigit(next) || next is '$' or '(' or '%' or ',' ) return true;
        if (last is ',' or '(' or '$' or '-' or '–' or '&') return true;
        var k = prevEnd - 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        var word = text[(k + 1)..prevEnd];
        if (Connectors.Contains(word)) return true;
        return text.AsSpan(nextStart, Math.Min(6, text.Length - nextStart)).StartsWith("RMB", StringComparison.Ordinal)
               || text.AsSpan(nextStart).StartsWith("US$", StringComparison.Ordinal);
    }

    // A line this long is rarely a heading.
    private const int LongLine = 60;

    // Hard-wrapped plain text breaks sentences wherever the column runs out ("... were RMB1,341,\nRMB913 and"):
    // a line runs on when it is long, or when the next line's first word would not have fitted on it, and it
    // stops without closing its sentence or on an abbreviation ("Mr.", "Co.").
    private static bool Wrapped(string text, TextLine previous, int prevEnd, int nextStart, int? width)
    {
        if (previous.Cells.Count > 1) return false;
        var firstWord = 0;
        while (nextStart + firstWord < text.Length && !char.IsWhiteSpace(text[nextStart + firstWord])) firstWord++;
        var wouldNotFit = width is { } w && previous.End - previous.Start + 1 + firstWord > w;
        if (previous.End - previous.Start < LongLine && !wouldNotFit) return false;
        var last = text[prevEnd - 1];
        if (last is ':' or ';' or '!' or '?') return false;
        if (last == '.') return IsAbbreviation(text, prevEnd - 1) && !char.IsWhiteSpace(text[prevEnd - 2]);
        return !char.IsWhiteSpace(text[nextStart]);
    }

    // A paragraph already wrapped over several lines that has not closed its sentence runs on,
    // even onto a capital ("waived by Suk Fan\nChan, thus").
    private static bool OpenWrap(string text, Span p) =>
        text.IndexOf('\n', p.Start, p.Length) >= 0 && text[p.End - 1] is not ('.' or ':' or ';' or '!' or '?' or ')');

    /// <summary>
    /// The column at which plain text was hard-wrapped, when it was: the longest line without pipes,
    /// provided that many lines come close to it. Null for text whose paragraphs run on one line.
    /// </summary>
    private static int? WrapWidthOf(string text, IReadOnlyList<TextLine> lines)
    {
        var lengths = lines.Where(l => l.End > l.Start && text.AsSpan(l.Start, l.End - l.Start).IndexOf('|') < 0)
            .Select(l => text.AsSpan(l.Start, l.End - l.Start).TrimEnd().Length).ToList();
        if (lengths.Count < 5) return null;
        var max = lengths.Max();
        if (max is < 40 or > 132) return null;
        var near = lengths.Count(n => n >= max * 0.8);
        return near >= 5 && near * 3 >= lengths.Count ? max : null;
    }

    private static bool IsHeading(string text, Span p)
    {
        if (p.Length > 120) return false;
        var s = text[p.Start..p.End].Trim();
        if (s.EndsWith('.') && WordCount.WithEmpty(s) > 4) return false;
        if (s.Contains('$') || s.Contains("RMB", StringComparison.Ordinal)) return false;
        return WordCount.Of(s) <= 14;
    }

    /// <summary>Sentences of a paragraph: a full stop, question or exclamation mark before a capital starts a new one.</summary>
    public static List<Span> Sentences(string text, Span paragraph)
    {
        var result = new List<Span>();
        var start = paragraph.Start;
        for (var i = paragraph.Start; i < paragraph.End - 1; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            var j = i + 1;
            while (j < paragraph.End && (text[j] is ')' or '”' or '"' or '’')) j++;
            var ws = j;
            while (j < paragraph.End && char.IsWhiteSpace(text[j])) j++;
            // XBRL renderings drop the space: "2018).All outstanding".
            if (j >= paragraph.End || !(char.IsUpper(text[j]) || text[j] is '(' or '“' or '"' or '•' or '●')) continue;
            if (j == ws && !(i > 0 && text[i - 1] == ')')) continue;
            if (c == '.' && IsAbbreviation(text, i)) continue;
            result.Add(new Span(start, j));
            start = j;
        }
        if (paragraph.End > start) result.Add(new Span(start, paragraph.End));
        return result;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var k = dot - 1;
        while (k >= 0 && (char.IsLetter(text[k]) || text[k] == '.')) k--;
        var word = text[(k + 1)..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return Abbreviations.Contains(word);
    }

    /// <summary>Clauses of a sentence: semicolons separate the items of a list ("i) ...; ii) ...").</summary>
    public static List<Span> Clauses(string text, Span sentence)
    {
        var result = new List<Span>();
        var start = sentence.Start;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (text[i] != ';') continue;
            result.Add(new Span(start, i));
            start = i + 1;
        }
        result.Add(new Span(start, sentence.End));
        return result;
    }
}

/// <summary>A paragraph of prose and whether it reads as a heading ("Transaction with Mr. Jun Zhu").</summary>
internal sealed record Paragraph(Span Span, bool IsHeading, int FirstLine);
