using System.Text.RegularExpressions;
using Graph.Core.Notes;
using Graph.Extraction.Amounts;
using Graph.Extraction.Kinds;
using Graph.Extraction.Output;
using Graph.Extraction.Parties;
using Graph.Extraction.Periods;
using Graph.Extraction.Text;

namespace Graph.Extraction.Narrative;

/// <summary>
/// Reads facts from prose: in each clause, every list of amounts is paired with the list of
/// periods that has as many entries (nearest first), takes its kind from the cue words before it
/// and its party from the nearest mention, or from the party the section is about.
/// </summary>
internal sealed class NarrativeReader(string text, PartyBook book, Func<Period?> documentPeriod)
{
    // Mentions are found once for the whole text, then read per sentence.
    private readonly List<PartyMention> _mentions = MentionFinder.Find(text, 0, text.Length, book);

    private List<PartyMention> MentionsIn(int start, int end)
    {
        var lo = 0;
        var hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        var result = new List<PartyMention>();
        for (var i = lo; i < _mentions.Count && _mentions[i].Start < end; i++)
            if (_mentions[i].End <= end) result.Add(_mentions[i]);
        return result;
    }

    private static readonly Regex NotAPeriod = Patterns.Build(
        @"(matur(es|ed|ing|ity)|due|expir\w*|until|till|through|commenc\w*|beginning|starting|effective|extend\w*|from|to|terminated|dated|inception)(\s+date)?(\s+(on|in|of|to|from))?\s*$");
    private static readonly Regex Each = Patterns.Build(@"\beach\b[^,;]{0,30}$|\beach\s+(include|includes|included|was|were|totaled)\b");
    private static readonly Regex Overrides = Patterns.Build(@"\bwaived\b|\bforgiven\b|\bwritten\s+off\b|\bforgave\b");
    private static readonly Regex FollowingParty = Patterns.Build(@"^\s*(,\s*)?((\w+\s+){0,3}(from|to|by|with|of)\s+|due\s+(from|to)\s+)$");
    private static readonly Regex BalanceWords = Patterns.Build(@"\boutstanding\b|\bbalances?\b|\bdue\s+(to|from)\b|\bpayable\b|\breceivable\b|\bremained\b");

    // Words each match of Overrides and BalanceWords contains: most clauses hold none.
    private static readonly LiteralGate OverrideGate = new(ignoreCase: true, "waived", "forgiven", "written", "forgave");
    private static readonly LiteralGate BalanceGate = new(ignoreCase: true, "outstanding", "balance", "due", "payable", "receivable", "remained");
    private static readonly Regex SeparatedAfter = Patterns.Build(@",\s*which\b|;|,\s*and\s+(the|was|were|is)\b|\bsubsequently\b");

    private static readonly Regex DigitComma = Patterns.Build(@"\d,\s?\d");
    private static readonly Regex NameBeforeList = Patterns.Build(@"(?<word>[A-Z][\w\-]*(\s+\d+)?)(,\s*|\s+and\s+)$", ignoreCase: false);
    private static readonly Regex NameAfterList = Patterns.Build(@"^(,\s*|\s+and\s+)(?<word>[A-Z][\w\-]*)", ignoreCase: false);

    private readonly List<FactDraft> _drafts = [];
    private readonly ClauseContext _context = new();
    private PartyEntry? _lastFactParty;
    private static readonly Regex Counterparty = Patterns.Build(@"(\b(from|to|with|by|of|and)|\b(investments?|investee|shareholder|stockholder|affiliate|parent|partner|supplier|customer),)\s*$");
    private static readonly Regex Copula = Patterns.Build(@"\b(was|were|is|are|totaled|totalled|totaling|amounted\s+to|of|include|includes|included)\s*$");
    private static readonly Regex AfterBinds = Patterns.Build(@"^[\s,]*(respectively[\s,]*)?(which\s+were\s+\w+\s+)?(as\s+of|as\s+at|at|for\s+the|in|during|on)\b");

    public IReadOnlyList<FactDraft> Read(IEnumerable<Paragraph> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            if (p.IsHeading) { Heading(p); continue; }
            foreach (var sentence in ProseReader.Sentences(text, p.Span)) Sentence(sentence);
        }
        return _drafts;
    }

    private void Heading(Paragraph p)
    {
        var mentions = Primary(MentionsIn(p.Span.Start, p.Span.End));
        var headingKind = KindClassifier.LabelKind(text[p.Span.Start..p.Span.End]);
        if (mentions.Count == 0 && headingKind is null) return;
        _context.ResetForHeading();
        _context.HeadingParty = mentions.Count == 1 ? mentions[0].Party : null;
        _context.Focus = _context.HeadingParty;
        _context.HeadingKind = headingKind;
        var periods = PeriodReader.Read(text, p.Span.Start, p.Span.End);
        if (periods.Count == 1 && periods[0].Items.Count == 1) _context.LastPeriod = periods[0].Items[0];
    }

    private void Sentence(Span sentence)
    {
        var mentions = MentionsIn(sentence.Start, sentence.End);
        PartyEntry? sentenceFocus = null;
        foreach (var clause in ProseReader.Clauses(text, sentence))
        {
            var clauseMentions = mentions.Where(m => m.Start >= clause.Start && m.End <= clause.End).ToList();
            var tokens = MoneyScanner.Scan(text, clause.Start, clause.End);
            var periods = PeriodReader.Read(text, clause.Start, clause.End)
                .Where(pl => !NotAPeriod.IsMatch(text[Math.Max(clause.Start, pl.Start - 30)..pl.Start]))
                .Where(pl => !mentions.Any(m => m.Start <= pl.Start && pl.End <= m.End)).ToList();
            if (tokens.Any(t => !t.IsNil)) Clause(clause, tokens, periods, clauseMentions.Count > 0 ? clauseMentions : mentions);
            foreach (var pl in periods)
                if (pl.Items.Count == 1) { _context.LastPeriod = pl.Items[0]; _context.LastFrame = pl.Frame; }
            sentenceFocus = FocusOf(clauseMentions) ?? sentenceFocus;
        }
        if (_lastFactParty is not null) { _context.Focus = _lastFactParty; _lastFactParty = null; }
        else if (sentenceFocus is not null) _context.Focus = sentenceFocus;
    }

    private PartyEntry? FocusOf(List<PartyMention> mentions)
    {
        var primary = Primary(mentions);
        if (primary.Count == 0) return null;
        if (primary.Any(IsCoordinated)) return book.AddDescribed("related parties", aggregate: true);
        var distinct = primary.Select(m => m.Party).Distinct().ToList();
        if (distinct.Count == 1) return distinct[0];
        // The counterparty follows "from", "to", "with": prefer it to the sentence's subject.
        var counter = primary.FirstOrDefault(m => Counterparty.IsMatch(text[Math.Max(0, m.Start - 24)..m.Start]));
        return (counter ?? primary[0]).Party;
    }

    private void Clause(Span clause, List<MoneyToken> tokens, List<PeriodList> periods, List<PartyMention> mentions)
    {
        var lists = AmountListReader.Read(text, tokens);
        var cues = KindClassifier.Cues(text, clause.Start, clause.End);
        var overridden = OverrideGate.MayMatch(text.AsSpan(clause.Start, clause.Length)) && Overrides.IsMatch(text[clause.Start..clause.End]);
        string? previousKind = null;
        PartyMention? previousMention = null;
        for (var li = 0; li < lists.Count; li++)
        {
            var list = lists[li];
            if (!list.Amounts.Any()) continue;
            var windowStart = li == 0 ? clause.Start : lists[li - 1].End;
            var nextStart = li + 1 < lists.Count ? lists[li + 1].Start : clause.End;
            if (AmountFilter.IsTerm(text, list, clause.Start, clause.End)) continue;

            var kind = PickKind(cues, windowStart, list, nextStart, previousKind);
            if (overridden) kind = FactKinds.Other;
            var guarantee = cues.FirstOrDefault(c => c.Kind is FactKinds.GuaranteeReceived or FactKinds.GuaranteeGiven);
            if (guarantee is not null) kind = guarantee.Kind;
            if (kind is null) continue;

            var mention = PickParty(list, mentions, guarantee, previousMention);
            var party = mention?.Party ?? _context.Focus ?? _context.HeadingParty;
            if (party is null) continue;
            previousKind = kind;
            previousMention = mention ?? previousMention;

            var (slots, chosen) = Pair(list, periods, lists);
            if (chosen is { Frame: PeriodFrame.Point } && !FactKinds.IsBalance(kind)
                && BalanceGate.MayMatch(text.AsSpan(windowStart, list.Start - windowStart)) && BalanceWords.IsMatch(text[windowStart..list.Start]))
                kind = KindClassifier.AsBalance(kind);
            var aggregate = mention is not null && IsCoordinated(mention);
            if (aggregate) party = book.AddDescribed("related parties", aggregate: true);
            for (var i = 0; i < slots.Count; i++)
            {
                var (token, period) = slots[i];
                if (token?.Amount is not { } amount || amount == 0 || period is null) continue;
                _drafts.Add(new FactDraft(party, kind, period, amount, token.Currency, null, clause.Start, clause.End));
                _lastFactParty = party;
            }
        }
    }

    private string? PickKind(List<KindCue> cues, int windowStart, AmountList list, int nextStart, string? previousKind)
    {
        var kind = PickCue(cues, windowStart, list, nextStart, previousKind);
        if (kind != "loan") return kind;
        return previousKind is FactKinds.LoanFrom or FactKinds.LoanTo ? previousKind : FactKinds.LoanFrom;
    }

    // The cue nearest before the amount ("sold $1.7 million"); after a copula ("The interest expense
    // ... was $185") the strongest cue of the stretch; else the cue right after ("$476 thousand in revenue").
    private string? PickCue(List<KindCue> cues, int windowStart, AmountList list, int nextStart, string? previousKind)
    {
        var before = cues.Where(c => c.Start >= windowStart && c.End <= list.Start).ToList();
        // After a comma only the words of the amount's own phrase count: ", recorded $714 thousand in interest expense".
        var comma = Math.Max(text.LastIndexOf(',', Math.Max(windowStart, list.Start - 1), Math.Max(0, list.Start - windowStart)),
            windowStart > 0 && windowStart < list.Start ? text.LastIndexOf(" and ", list.Start - 1, list.Start - windowStart, StringComparison.Ordinal) : -1);
        if (comma > windowStart && !DigitComma.IsMatch(text[Math.Max(0, comma - 3)..Math.Min(text.Length, comma + 3)]))
        {
            var local = before.Where(c => c.Start > comma).ToList();
            if (local.Count > 0) before = local;
            else if (before.Count > 0 && cues.Any(c => c.Start >= list.End && c.Start < Math.Min(nextStart, list.End + 40))) before = [];
        }
        if (before.Count > 0)
        {
            var nearest = before.OrderByDescending(c => c.End).First();
            if (nearest.Weight <= 2 && Copula.IsMatch(text[nearest.End..list.Start]))
                return before.OrderByDescending(c => c.Weight).ThenByDescending(c => c.End).First().Kind;
            return nearest.Kind;
        }
        var after = cues.Where(c => c.Start >= list.End && c.Start < Math.Min(nextStart, list.End + 60)).ToList();
        if (after.Count > 0) return after.OrderByDescending(c => c.Weight).ThenBy(c => c.Start).First().Kind;
        if (previousKind is not null) return previousKind;
        var any = cues.Where(c => c.End <= list.Start).ToList();
        return any.Count > 0 ? any.OrderByDescending(c => c.End).First().Kind : null;
    }

    private PartyMention? PickParty(AmountList list, List<PartyMention> mentions, Kinds.KindCue? guarantee, PartyMention? previous)
    {
        var primary = Primary(mentions);
        if (guarantee is not null)
        {
            var nearCue = primary.OrderBy(m => Math.Min(Math.Abs(m.Start - guarantee.End), Math.Abs(guarantee.Start - m.End))).FirstOrDefault();
            if (nearCue is not null) return nearCue;
        }
        // "$180,000 from NC 143": the party named right after the amount.
        var following = primary.FirstOrDefault(m => m.Start >= list.End && FollowingParty.IsMatch(text[list.End..m.Start]));
        if (following is not null) return following;
        var preceding = primary.LastOrDefault(m => m.End <= list.Start);
        if (preceding is not null) return preceding;
        if (previous is not null) return previous;
        return primary.FirstOrDefault(m => m.Start >= list.End);
    }

    private static List<PartyMention> Primary(List<PartyMention> mentions) => [.. mentions.Where(m => !m.Secondary)];

    // "with CMO, CMI, CMLC and CMO-NanHai": a list of names takes the amount together.
    private bool IsCoordinated(PartyMention mention)
    {
        if (mention.Party.Aggregate || mention.Party.Unnamed) return false;
        var before = text[Math.Max(0, mention.Start - 30)..mention.Start];
        var previous = NameBeforeList.Match(before);
        if (previous.Success && !IsRole(previous.Groups["word"].Value) && !NameRules.IsStop(previous.Groups["word"].Value)) return true;
        var after = text[mention.End..Math.Min(text.Length, mention.End + 30)];
        var m = NameAfterList.Match(after);
        if (!m.Success) return false;
        var next = m.Groups["word"].Value;
        return !NameRules.LegalSuffixes.Contains(next.Trim('.')) && !NameRules.IsStop(next) && !IsRole(next);
    }

    private static bool IsRole(string word) => word is "Chief" or "President" or "Director" or "Chairman" or "CEO" or "CFO" or "Vice" or "Founder" or "Executive" or "Managing" or "Legal";

    private (List<(MoneyToken? Token, Period? Period)> Slots, PeriodList? Chosen) Pair(AmountList list, List<PeriodList> periods, IReadOnlyList<AmountList> lists)
    {
        bool otherListBetween(PeriodList p) => lists.Any(l => l != list && l.Amounts.Any() &&
            (p.Start >= list.End ? l.Start >= list.End && l.End <= p.Start : l.Start >= p.End && l.End <= list.Start));
        int Distance(PeriodList p) => p.End <= list.Start ? list.Start - p.End
            : AfterBinds.IsMatch(text[list.End..p.Start]) ? 0 : p.Start - list.End;
        var fitting = periods.Where(p => p.Items.Count >= list.MinCount && p.Items.Count <= list.MaxCount && p.Items.Count > 1)
            .OrderBy(Distance).FirstOrDefault();
        var result = new List<(MoneyToken?, Period?)>();
        if (fitting is not null)
        {
            var slots = list.Slots(fitting.Items.Count);
            for (var i = 0; i < slots.Count; i++) result.Add((slots[i], i < fitting.Items.Count ? fitting.Items[i] : null));
            return (result, fitting);
        }
        var amounts = list.Slots(list.MinCount);
        var candidates = periods.Where(p => p.End <= list.Start || !SeparatedAfter.IsMatch(text[list.End..p.Start]) && !otherListBetween(p)).ToList();
        var nearest = candidates.OrderBy(Distance).FirstOrDefault();
        if (nearest is not null && amounts.Count == 1 && nearest.Items.Count > 1
            && Each.IsMatch(text[Math.Max(0, list.Start - 40)..list.Start]))
        {
            foreach (var p in nearest.Items) result.Add((amounts[0], p));
            return (result, nearest);
        }
        var single = nearest is { Items.Count: 1 } ? nearest.Items[0]
            : nearest is not null ? nearest.Items[0]
            : _context.LastPeriod ?? documentPeriod();
        foreach (var a in amounts) result.Add((a, single));
        return (result, nearest);
    }
}
