using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core.Notes;
using Graph.Extraction.Amounts;
using Graph.Extraction.Kinds;
using Graph.Extraction.Output;
using Graph.Extraction.Parties;
using Graph.Extraction.Periods;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tables;

/// <summary>
/// Reads facts from a table: header rows give the period of each column (and its currency, so
/// convenience-translation columns are dropped); each data row takes its kind from its label,
/// else from the section row above it, else from the caption; its party likewise, or is an
/// aggregate. A table at balance-sheet dates turns flows into the balances they leave.
/// </summary>
internal sealed class TableFactReader(string text, PartyBook book)
{
    private static readonly Regex Footnote = Patterns.Build(@"(\s*(\(\s*([ivx]+|[a-h]|\d{1,2})\s*\)\.?|\*+|#))+\s*:?\s*$");
    private static readonly Regex AggregateLabel = Patterns.Build(@"^(total|sub-?total|less|net|others?|add|balance|current portion|long-term portion|non-?current portion|amounts?\s+due|due\s+(from|to)\s+related)\b");
    private static readonly Regex SpanWords = Patterns.Build(@"\bended\b|\bending\b|\byears?\b|\bmonths\b|\bperiod\b|\bfor the\b");
    private static readonly Regex PointWords = Patterns.Build(@"\bas\s+(of|at)\b|\bat\b|\bbalances?\b|\boutstanding\b");

    public List<FactDraft> Read(TableBlock table, string caption)
    {
        var drafts = new List<FactDraft>();
        var header = new TableHeader([], [], ScaleOf(table), FrameOf(caption, ""));
        var pendingDateParts = new List<Cell>();
        string? sectionKind = null;
        PartyEntry? sectionParty = null;
        var sectionText = "";
        var captionMentions = MentionFinder.Find(caption, 0, caption.Length, book).Where(m => !m.Secondary).ToList();
        var captionParty = captionMentions.Select(m => m.Party).Distinct().Count() == 1 ? captionMentions[0].Party : null;
        var captionKind = Cue(caption);

        foreach (var row in table.Rows)
        {
            if (row.Values.Count == 0)
            {
                if (row.Periods.Count > 0)
                {
                    var dateParts = row.DateParts.Count > 0 ? row.DateParts : pendingDateParts;
                    var labelText = row.Label + " " + string.Join(' ', dateParts.Select(d => d.Text));
                    var frame = FrameOf(caption, sectionText + " " + labelText, dateParts.Count > 0);
                    header = new TableHeader(Periods(row, dateParts, caption), Currencies(row), header.Scale, frame);
                    pendingDateParts = [];
                    // Words over the period columns may name the kind or party of the whole table.
                    sectionKind = Cue(row.Label) ?? sectionKind;
                    var headerMentions = MentionFinder.Find(row.Label, 0, row.Label.Length, book).Where(m => !m.Secondary).ToList();
                    if (headerMentions.Count > 0) sectionParty = headerMentions[0].Party;
                }
                else if (row.Currencies.Count > 0 && (row.Labels.Count == 0 || row.Currencies.Count >= 2))
                {
                    header = header with { Currencies = Currencies(row) };
                }
                else if (row.DateParts.Count > 0 && row.Labels.Count == 0) pendingDateParts = row.DateParts;
                if (row.Labels.Count > 0 && row.Periods.Count == 0)
                {
                    var label = row.Label;
                    sectionText = label;
                    sectionKind = Cue(label) ?? sectionKind;
                    var mentions = MentionFinder.Find(label, 0, label.Length, book).Where(m => !m.Secondary).ToList();
                    if (mentions.Count > 0) sectionParty = mentions[0].Party;
                }
                continue;
            }
            if (header.Columns == 0) continue;
            Row(row, header, sectionKind ?? captionKind, sectionParty ?? captionParty, drafts);
        }
        return drafts;
    }

    private void Row(TableRow row, TableHeader header, string? contextKind, PartyEntry? contextParty, List<FactDraft> drafts)
    {
        // Every footnote mark holds "(", "*" or "#": labels without one have nothing to strip.
        var label = (row.Label.AsSpan().IndexOfAny('(', '*', '#') >= 0 ? Footnote.Replace(row.Label, "") : row.Label).Trim();
        var labelKind = Cue(label);
        var kind = labelKind ?? contextKind;
        if (kind is null) return;
        if (header.Frame == PeriodFrame.Point) kind = KindClassifier.AsBalance(kind);

        PartyEntry? party;
        var aggregate = false;
        if (label.Length == 0) party = contextParty;
        else
        {
            var mentions = MentionFinder.Find(label, 0, label.Length, book).Where(m => !m.Secondary).ToList();
            var named = mentions.FirstOrDefault(m => !m.Party.Aggregate && !m.Party.Unnamed) ?? mentions.FirstOrDefault();
            party = named?.Party;
            // "Product sales to affiliates" under a caption about one named party belongs to that party.
            if (party is { Aggregate: true } or { Unnamed: true } && contextParty is { Aggregate: false, Unnamed: false }) party = contextParty;
            if (party is null && AggregateLabel.IsMatch(label)) aggregate = true;
            else if (party is null && labelKind is null && LooksLikeName(label) && !CommonWords(label))
                party = book.Add(label, PartyReader.LooksLikePerson(label) ? PartyTypes.Person : PartyTypes.Company);
            else party ??= contextParty;
        }
        if (party is null || aggregate) { party = book.AddDescribed("related parties", aggregate: true); aggregate = true; }

        var columns = header.ColumnPeriods();
        var values = row.Values;
        var offset = values.Count - columns.Count;
        for (var i = 0; i < columns.Count; i++)
        {
            var vi = i + offset;
            if (vi < 0 || vi >= values.Count || columns[i] is not { } period) continue;
            var cell = values[vi];
            if (cell.Kind == CellKind.Dash) continue;
            var parsed = NumberText.Parse(cell.Text);
            if (parsed is null || parsed.Value.Value == 0) continue;
            var currency = header.Currencies.Count == columns.Count ? header.Currencies[i] : header.Currency;
            drafts.Add(new FactDraft(party, kind, period, parsed.Value.Value, currency, header.Scale,
                row.Start, row.End, aggregate));
        }
    }

    // "Subscription" is a line item when the note also writes "subscription"; "Yibon" never is.
    private bool CommonWords(string label) =>
        label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ':', '(', ')'))
            .Any(w => w.Length > 2 && w.Any(char.IsUpper) && ContainsWord(text, w.ToLowerInvariant()));

    private static bool ContainsWord(string haystack, string word)
    {
        var from = 0;
        while (from < haystack.Length)
        {
            var i = haystack.IndexOf(word, from, StringComparison.Ordinal);
            if (i < 0) return false;
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetterOrDigit(haystack[i - 1])) && (end >= haystack.Length || !char.IsLetterOrDigit(haystack[end]))) return true;
            from = i + 1;
        }
        return false;
    }

    private static string? Cue(string label) => label.Length == 0 ? null : KindClassifier.LabelKind(label);

    private static bool LooksLikeName(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6 || !char.IsUpper(label[0])) return false;
        // Names capitalise every word but connectors: "Jiangxia WM", not "Software services".
        if (words.Any(w => w is not ("of" or "and" or "&" or "de") && !NameRules.IsCapitalised(w))) return false;
        return !label.Contains(':') && words.Count(w => NameRules.IsStop(w)) <= words.Length / 2 && !label.Any(char.IsAsciiDigit);
    }

    private static decimal? ScaleOf(TableBlock table)
    {
        foreach (var row in table.Rows)
            foreach (var c in row.Units.Concat(row.Currencies).Concat(row.Labels))
                if (CellClassifier.Scale(c.Text) is { } s) return s;
        return null;
    }

    private static PeriodFrame FrameOf(string caption, string headerText, bool hasDateParts = false)
    {
        if (SpanWords.IsMatch(headerText)) return PeriodFrame.Span;
        if (PointWords.IsMatch(headerText) || hasDateParts) return PeriodFrame.Point;
        var captionPeriods = PeriodReader.Read(caption, 0, caption.Length);
        if (captionPeriods.Count > 0) return captionPeriods[^1].Frame == PeriodFrame.Span ? PeriodFrame.Span : PeriodFrame.Point;
        return PointWords.IsMatch(caption) && !SpanWords.IsMatch(caption) ? PeriodFrame.Point : PeriodFrame.Span;
    }

    private static IReadOnlyList<string?> Currencies(TableRow row) =>
        [.. row.Currencies.Select(c => Currencies_(c.Text))];

    private static string? Currencies_(string cell)
    {
        var t = cell.Trim().Trim('(', ')').Trim();
        var mark = new string([.. t.TakeWhile(c => !char.IsWhiteSpace(c) && c is not '\'' and not '’' and not '‘')]);
        return Amounts.Currencies.Normalize(mark) ?? (t.StartsWith("HK", StringComparison.Ordinal) ? "HKD" : t.StartsWith("US", StringComparison.Ordinal) ? "USD" : null);
    }

    private IReadOnlyList<Period> Periods(TableRow row, List<Cell> dateParts, string caption)
    {
        var captionDates = PeriodReader.Read(caption, 0, caption.Length).SelectMany(p => p.Items).Where(p => p.Date is not null).ToList();
        var labelDate = PeriodReader.Read(row.Label + " 2000", 0, row.Label.Length + 5).SelectMany(p => p.Items).FirstOrDefault(p => p.Date is not null);
        var result = new List<Period>();
        for (var i = 0; i < row.Periods.Count; i++)
        {
            var cell = row.Periods[i].Text.Trim().TrimEnd(',');
            var parsed = PeriodReader.Read(cell, 0, cell.Length).SelectMany(p => p.Items).FirstOrDefault();
            if (parsed is null) continue;
            if (parsed.Date is null)
            {
                var part = dateParts.Count == row.Periods.Count ? dateParts[i] : dateParts.FirstOrDefault();
                DateOnly? date = null;
                if (part is not null)
                {
                    var p = PeriodReader.Read(part.Text.TrimEnd(',') + ", " + parsed.Year.ToString(CultureInfo.InvariantCulture), 0, part.Text.TrimEnd(',').Length + 6)
                        .SelectMany(x => x.Items).FirstOrDefault();
                    date = p?.Date;
                }
                date ??= captionDates.FirstOrDefault(c => c.Year == parsed.Year)?.Date;
                if (date is null && labelDate?.Date is { } ld)
                    date = new DateOnly(parsed.Year, ld.Month, Math.Min(ld.Day, DateTime.DaysInMonth(parsed.Year, ld.Month)));
                parsed = parsed with { Date = date };
            }
            result.Add(parsed);
        }
        return result;
    }
}
