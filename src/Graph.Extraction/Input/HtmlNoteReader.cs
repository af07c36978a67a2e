using System.Text.RegularExpressions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Input;

/// <summary>
/// HTML input, a note or a whole filing: rendered to text with an offset map, then narrowed to
/// the related-party note, found by its heading ("Note 16. Related parties", "NOTE 19 – RELATED
/// PARTY TRANSACTIONS", "Transactions with Related Parties") and ending at the next note heading.
/// </summary>
public static class HtmlNoteReader
{
    /// <summary>Below this size an HTML input is taken to be the note itself.</summary>
    private const int WholeNoteChars = 60_000;

    private const int MaxSectionChars = 60_000;

    private static readonly Regex NoteHeading = Patterns.Build(
        @"^\s*((note|notes)\s+\d{1,2}[a-z]?\s*[\.:–—\-]?|\d{1,2}[a-z]?\s*[\.:–—\-)]|\(\d{1,2}\))\s*\S");

    private static readonly Regex RelatedHeading = Patterns.Build(
        @"related[\s\-]+part(y|ies)|transactions\s+with\s+(affiliates?|related|[A-Z])|affiliated?\s+(company\s+)?transactions|transactions\s+with\s+affiliate");

    private static readonly Regex PartEnd = Patterns.Build(@"^\s*(item\s+\d{1,2}[a-z]?\s*[\.:–—\-]|part\s+(i|ii|iii|iv)\b|signatures?\s*$|exhibit\s+index)");

    private static readonly Regex TableOfContents = Patterns.Build(@"\s\d{1,3}\s*$|\.{4,}");

    public static bool LooksLikeHtml(string input)
    {
        var head = input.AsSpan(0, Math.Min(input.Length, 4096)).TrimStart();
        if (head.Length == 0 || head[0] != '<') return false;
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase) ||
               head.Contains("<p", StringComparison.OrdinalIgnoreCase) || head.Contains("<table", StringComparison.OrdinalIgnoreCase) ||
               head.Contains("<?xml", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype", StringComparison.OrdinalIgnoreCase) ||
               head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<font", StringComparison.OrdinalIgnoreCase) ||
               head.Contains("<span", StringComparison.OrdinalIgnoreCase);
    }

    /// <exception cref="InputRejectedException">The document holds no text.</exception>
    public static SourceText Read(string input, CancellationToken ct)
    {
        var (text, map) = HtmlTextBuilder.Build(input, ct);
        if (string.IsNullOrWhiteSpace(text)) throw new InputRejectedException("the HTML holds no text");
        if (text.Length <= WholeNoteChars) return SourceText.Mapped(input, text, map);
        var (start, end) = LocateNote(text);
        return SourceText.Mapped(input, text[start..end], map[start..end]);
    }

    /// <summary>The [start, end) of the related-party note in a rendered filing; the whole text when none is found.</summary>
    internal static (int Start, int End) LocateNote(string text)
    {
        var lines = LineStarts(text);
        var best = -1;
        var bestScore = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var (s, e) = lines[i];
            if (e - s > 160 || e - s < 8) continue;
            var line = text[s..e];
            if (!RelatedHeading.IsMatch(line)) continue;
            var score = 1;
            if (NoteHeading.IsMatch(line)) score += 4;
            if (line.Contains("related part", StringComparison.OrdinalIgnoreCase)) score += 2;
            if (TableOfContents.IsMatch(line)) score -= 4;
            if (line.Contains("certain relationships", StringComparison.OrdinalIgnoreCase) || line.Contains("review", StringComparison.OrdinalIgnoreCase)) score -= 3;
            if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12) score -= 3;
            if (i + 1 < lines.Count && FollowedByProse(text, lines, i)) score += 2;
            if (score > bestScore) { bestScore = score; best = i; }
        }
        if (best < 0 || bestScore < 4) return (0, text.Length);
        var start = lines[best].Start;
        var end = Math.Min(text.Length, start + MaxSectionChars);
        for (var j = best + 1; j < lines.Count; j++)
        {
            var (s, e) = lines[j];
            if (s >= end) break;
            if (e - s <= 160 && PartEnd.IsMatch(text[s..e])) { end = s; break; }
            if (e - s <= 160 && NoteHeading.IsMatch(text[s..e]) && !RelatedHeading.IsMatch(text[s..e]) && StartsNewNote(text[s..e]))
            {
                end = s;
                break;
            }
        }
        return (start, end);
    }

    // "17. New accounting pronouncements" starts the next note; "(1) Including ..." footnotes do not.
    private static bool StartsNewNote(string line)
    {
        var t = line.TrimStart();
        if (t.StartsWith('(')) return false;
        return t.StartsWith("note", StringComparison.OrdinalIgnoreCase) || t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 10;
    }

    private static bool FollowedByProse(string text, List<(int Start, int End)> lines, int i)
    {
        for (var j = i + 1; j < Math.Min(lines.Count, i + 6); j++)
        {
            var (s, e) = lines[j];
            if (text[s..e].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 12) return true;
        }
        return false;
    }

    private static List<(int Start, int End)> LineStarts(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start < text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            lines.Add((start, end));
            start = end + 1;
        }
        return lines;
    }
}
