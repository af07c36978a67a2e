using System.Text.RegularExpressions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Periods;

/// <summary>
/// Reads lists of years and dates and the words that frame them: "for the three and six months
/// ended June 30, 2021", "as of December 31, 2023 and 2024", "during fiscal 2017, 2018 and 2019".
/// Bare years in a list take the month and day of the dated entry ("December 31, 2022, 2023").
/// </summary>
internal static class PeriodReader
{
    private const string Month =
        @"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)";

    // A date, a month and year, or a bare year. No named groups: the matcher's capture pass costs
    // more than reading month, day and year back from the match (see Tokens).
    private static readonly Regex Token = Patterns.Build(
        @"\b" + Month + @"\.?\s{1,3}\d{1,2}(st|nd|rd|th)?,?\s{0,3}(19|20)\d\d" +
        @"|\b" + Month + @"\.?,?\s{1,3}(19|20)\d\d" +
        @"|(19|20)\d\d");

    private static readonly Regex Durations = Patterns.Build(
        @"(?<a>three|six|nine|twelve|3|6|9|12)(\s*(-|and|or|,)\s*(?<b>three|six|nine|twelve|3|6|9|12))?[\s-]*months?\s+(period\s+)?(ended|ending|then ended)");

    // Words each match of Durations, Quarter and YearEnded contains: most stretches before a date hold none.
    private static readonly LiteralGate DurationWords = new(ignoreCase: true, "month");
    private static readonly LiteralGate QuarterWords = new(ignoreCase: true, "quarter");
    private static readonly LiteralGate YearEndedWords = new(ignoreCase: true, "year", "fiscal");

    private static readonly Regex Quarter = Patterns.Build(@"\bquarters?\b(\s+ended)?");
    private static readonly Regex YearEnded = Patterns.Build(@"(fiscal\s+)?years?\s+(ended|ending)|fiscal|for the years?|during the years?");
    private static readonly Regex PointCue = Patterns.Build(@"(\bas\s+(of|at)|\bat|\bbalances?\b.{0,20}|\boutstanding\b.{0,20}|\bon)\s*$");

    public static IReadOnlyList<PeriodList> Read(string text, int start, int end)
    {
        if (!HasYearDigits(text.AsSpan(start, end - start))) return [];
        var tokens = Tokens(text, start, end);
        var lists = new List<PeriodList>();
        var i = 0;
        while (i < tokens.Count)
        {
            var j = i;
            while (j + 1 < tokens.Count && OnlyDelimiters(text, tokens[j].End, tokens[j + 1].Start)) j++;
            lists.Add(Build(text, start, tokens.GetRange(i, j - i + 1), i > 0 ? tokens[i - 1].End : start));
            i = j + 1;
        }
        return lists;
    }

    /// <summary>The year of every period <see cref="Read"/> would find, without reading how the text frames them.</summary>
    public static IEnumerable<int> Years(string text, int start, int end) =>
        HasYearDigits(text.AsSpan(start, end - start)) ? Tokens(text, start, end).Select(t => t.Year) : [];

    // A year is "19" or "20" followed by two digits: without that no pattern needs to run.
    private static bool HasYearDigits(ReadOnlySpan<char> span)
    {
        for (var i = 0; i + 3 < span.Length; i++)
            if (span[i] is '1' or '2' && span[i + 1] is '9' or '0' && char.IsAsciiDigit(span[i + 2]) && char.IsAsciiDigit(span[i + 3])) return true;
        return false;
    }

    private sealed record Tok(int Start, int End, int Year, int? Month, int? Day);

    private static List<Tok> Tokens(string text, int start, int end)
    {
        var result = new List<Tok>();
        // Matching over a span of the text reads it as a whole input, just as matching over a copy of it.
        foreach (var m in Token.EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var s = start + m.Index;
            var e = s + m.Length;
            var value = text.AsSpan(s, m.Length);
            var (mon, day) = DateParts(value);
            var year = int.Parse(value[^4..], provider: System.Globalization.CultureInfo.InvariantCulture);
            if (mon is null && !LooksLikeBareYear(text, s, e)) continue;
            int? month = mon is not null ? MonthNumber(mon) : null;
            int? dayNumber = day is not null ? int.Parse(day, System.Globalization.CultureInfo.InvariantCulture) : null;
            if (dayNumber is < 1 or > 31) dayNumber = null;
            result.Add(new Tok(s, e, year, month, dayNumber));
        }
        return result;
    }

    /// <summary>
    /// The month and day of a match of <see cref="Token"/>; its year is always its last four characters.
    /// A match opening with a letter opens with the month name, which runs to the first non-letter
    /// ("Dec.", "June 30", "May, 2019"). A day stands between that and the year only when digits start
    /// before the year does, and it runs to the first non-digit ("30th, ") or to the year ("312019").
    /// </summary>
    private static (string? Month, string? Day) DateParts(ReadOnlySpan<char> match)
    {
        if (!char.IsAsciiLetter(match[0])) return (null, null);
        var i = 0;
        while (char.IsAsciiLetter(match[i])) i++;
        var mon = match[..i].ToString();
        if (match[i] == '.') i++;
        if (match[i] == ',') i++;
        while (char.IsWhiteSpace(match[i])) i++;
        var yearStart = match.Length - 4;
        if (i >= yearStart) return (mon, null);
        var dayEnd = i;
        while (dayEnd < yearStart && char.IsDigit(match[dayEnd])) dayEnd++;
        return (mon, match[i..dayEnd].ToString());
    }

    // A bare 4-digit number is a year unless it is part of an amount, a percentage or a longer number.
    private static bool LooksLikeBareYear(string text, int s, int e)
    {
        if (s > 0)
        {
            var p = text[s - 1];
            if (char.IsAsciiDigit(p) || p is '$' or '.' or '¥' or '€' or '£' or '#') return false;
            if (char.IsLetter(p)) return false;
            if (p == ',' && s > 1 && char.IsAsciiDigit(text[s - 2]))
            {
                var k = s - 2;
                var run = 0;
                while (k >= 0 && char.IsAsciiDigit(text[k])) { run++; k--; }
                if (run != 4) return false;
            }
            // "RMB 2019" or "US$ 2019" is an amount.
            var before = text.AsSpan(Math.Max(0, s - 5), Math.Min(5, s)).TrimEnd();
            if (before.EndsWith("RMB", StringComparison.Ordinal) || before.EndsWith('$')) return false;
        }
        if (e < text.Length)
        {
            var n = text[e];
            if (char.IsAsciiDigit(n) || n is '%' || char.IsLetter(n)) return false;
            if (n is '.' or ',' && e + 1 < text.Length && char.IsAsciiDigit(text[e + 1]) &&
                !(e + 4 < text.Length && text[e + 1] is '1' or '2' && char.IsAsciiDigit(text[e + 4]))) return false;
        }
        return true;
    }

    // Spaces, commas, pipes, ampersands, parentheses and the words "and" and "respectively", read in place.
    private static bool OnlyDelimiters(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        var i = 0;
        while (i < gap.Length)
        {
            if (char.IsWhiteSpace(gap[i]) || gap[i] is ',' or '|' or '&' or '(' or ')') i++;
            else if (gap[i..].StartsWith("and", StringComparison.OrdinalIgnoreCase)) i += 3;
            else if (gap[i..].StartsWith("respectively", StringComparison.OrdinalIgnoreCase)) i += 12;
            else return false;
        }
        return true;
    }

    private static PeriodList Build(string text, int sentenceStart, List<Tok> toks, int lookFrom)
    {
        var lookStart = Math.Max(Math.Max(sentenceStart, lookFrom), toks[0].Start - 80);
        var before = text[lookStart..toks[0].Start];
        var withDate = toks.FirstOrDefault(t => t.Month is not null);
        var items = new List<(int Year, DateOnly? Date)>();
        foreach (var t in toks)
        {
            var month = t.Month ?? withDate?.Month;
            var day = t.Day ?? (t.Month is null ? withDate?.Day : null);
            if (month is not null && day is null && t.Month is not null) day = DateTime.DaysInMonth(t.Year, month.Value);
            DateOnly? date = month is not null && day is not null && day <= DateTime.DaysInMonth(t.Year, month.Value)
                ? new DateOnly(t.Year, month.Value, day.Value)
                : null;
            items.Add((t.Year, date));
        }

        // Words of a span ("ended", "during") or none at all, the list reads as a span.
        var frame = PointCue.IsMatch(before) ? PeriodFrame.Point : PeriodFrame.Span;
        if (frame == PeriodFrame.Point && before.TrimEnd().EndsWith("on", StringComparison.OrdinalIgnoreCase)
            && toks.Count == 1 && toks[0].Day is not null && !before.Contains("balance", StringComparison.OrdinalIgnoreCase))
            frame = PeriodFrame.Event;

        var durations = DurationsBefore(before);
        var periods = new List<Period>();
        if (durations.Count > 1 && items.Count == 1)
            periods.AddRange(durations.Select(d => new Period(items[0].Year, items[0].Date, d)));
        else
            periods.AddRange(items.Select(x => new Period(x.Year, x.Date, durations.Count == 1 ? durations[0] : null)));
        return new PeriodList(toks[0].Start, toks[^1].End, periods, frame);
    }

    private static List<string> DurationsBefore(string before)
    {
        var result = new List<string>();
        Match? last = null;
        if (DurationWords.MayMatch(before))
            foreach (Match m in Durations.Matches(before)) last = m;
        if (last is not null && before.Length - (last.Index + last.Length) < 25)
        {
            result.Add(Months(last.Groups["a"].Value));
            if (last.Groups["b"].Success) result.Add(Months(last.Groups["b"].Value));
            result.RemoveAll(r => r == "12M");
            return result;
        }
        if (YearEndedWords.MayMatch(before) && YearEnded.IsMatch(before)) return result;
        if (QuarterWords.MayMatch(before) && Quarter.IsMatch(before)) result.Add("3M");
        return result;
    }

    private static string Months(string word) => word.ToLowerInvariant() switch
    {
        "three" or "3" => "3M",
        "six" or "6" => "6M",
        "nine" or "9" => "9M",
        _ => "12M",
    };

    private static int MonthNumber(string mon) => mon[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };
}
