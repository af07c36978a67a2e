using System.Text.RegularExpressions;
using Graph.Core.Notes;
using Graph.Extraction.Text;

namespace Graph.Extraction.Kinds;

/// <summary>
/// Picks the kind of a fact from the cue words of its clause or table row: each rule is one
/// cue pattern and the kind it implies (FACTS.md), with a few that look at direction words
/// ("loans ... to the Company" is a borrowing, "loans to X" a loan made).
/// </summary>
internal static class KindClassifier
{
    // Every match of the pattern contains one of the gate's words (and one of the second gate's, when
    // there is one): most rules find none of them in a clause and need not run.
    private sealed record Rule(Regex Pattern, string Kind, int Weight, LiteralGate Gate, LiteralGate? Gate2 = null)
    {
        public bool MayMatch(ReadOnlySpan<char> text) => Gate.MayMatch(text) && (Gate2 is null || Gate2.MayMatch(text));
    }

    // Each word starts a word of the match: after "\b" or after a space ("on behalf", "accounts payable").
    private static LiteralGate Words(params string[] words) => LiteralGate.WordStarts(ignoreCase: true, words);

    private const string Reporter = @"(the\s+)?(company|group|registrant|partnership|us|we|our)\b";

    private static readonly Rule[] Rules =
    [
        new(Patterns.Build(@"\b(amounts?\s+)?due\s+from\b|\breceivables?\b|\bowed\s+by\b|\bprepayments?\b|\bprepaid\b|\bdeposits?\s+(paid|made)\b"), FactKinds.DueFrom, 3, Words("due", "receivable", "owed", "prepa", "deposit")),
        new(Patterns.Build(@"\b(amounts?\s+)?due\s+to\b|\baccrued\s+(interest\s+expenses?|interest|expenses|liabilities)\b|\bpayables?\b|\bowed\s+to\b|\bowing\b|\baccrued\b|\boutstanding\b|\bbalances?\b|\bremained\b|\bliabilit(y|ies)\b|\bdeposits?\b(\s+received)?|\bwere\s+included\s+in\s+accounts\s+payable"), FactKinds.DueTo, 2, Words("due", "accrued", "payable", "owed", "owing", "outstanding", "balance", "remained", "liabilit", "deposit")),
        new(Patterns.Build(@"\binterest\s+expenses?\b|\binterest\s+(paid|accrued)\b"), FactKinds.InterestExpense, 5, Words("interest"), Words("expense", "paid", "accrued")),
        new(Patterns.Build(@"\binterest\s+income\b|\binterest\s+(received|earned|charged)\b"), FactKinds.InterestIncome, 5, Words("interest"), Words("income", "received", "earned", "charged")),
        new(Patterns.Build(@"\bguaranteed\s+by\b|\bguarantees?\s+(provided|given)\s+by\b|\bprovided\s+(a|an)?\s*([\w-]+\s+){0,3}guarantee|\bas\s+guarantor"), FactKinds.GuaranteeReceived, 5, Words("guarant", "provided")),
        new(Patterns.Build(@"\bguarantee[sd]?\s+(for|of)\s+(the\s+)?(borrowings|loans?|obligations|debt)\s+of\b|\bguaranteed\s+the\s+(borrowings|loans?|debt)\s+of"), FactKinds.GuaranteeGiven, 6, Words("guarantee")),
        new(Patterns.Build(@"\brepaid\b|\brepayments?\b|\bpaid\s+back\b|\bsettled\b"), "repayment", 4, Words("repa", "paid", "settled")),
        new(Patterns.Build(@"\bborrowed\b|\bborrowings?\b|\bloans?\s+(proceeds\s+)?from\b|\bloaned\b|\badvances?\s+from\b|\badvanced\b|\breceived\s+(\w+\s+){0,2}(advances|funding|loans?|financing)\b|\bdr[ae]w\s+down\b|\bissued\s+(a|an)?\s*([\w%-]+\s+){0,4}notes?\s+(payable\s+)?to\b|\bnotes?\s+(payable\s+)?(issued\s+)?to\b|\bfunding\s+from\b|\bnotes?\s+payable\b|\bloans?\s+payable\b|\bprovided\s+(\w+\s+){0,3}loans?\b"), FactKinds.LoanFrom, 3, Words("borrow", "loan", "advance", "received", "drew", "draw", "note", "issued", "funding")),
        new(Patterns.Build(@"\bissued\s+(a|an)\s+([\w%-]+\s+){0,3}notes?\b|\bconvertible\s+notes?\s+payable\b"), FactKinds.LoanFrom, 3, Words("note"), Words("issued", "convertible")),
        new(Patterns.Build(@"\bloans?\b|\badvances?\b|\bfunding\b"), "loan", 2, Words("loan", "advance", "funding")),
        new(Patterns.Build(@"\bloans?\s+to\b|\badvances?\s+(made\s+)?to\b|\bmade\s+(a\s+series\s+of\s+)?(\w+\s+){0,2}advances\b|\blent\b|\blending\b|\bloans?\s+receivable\b|\bprovided\s+(a|an)\s+([\w-]+\s+){0,2}loan\b"), FactKinds.LoanTo, 3, Words("loan", "advance", "lent", "lending")),
        new(Patterns.Build(@"\brevenues?\b|\bsales?\b|\bsold\b|\bincome\b|\bcharged\b|\bbilled\b|\bservices?\s+(were\s+)?provided\s+to\b|\bprovided\s+([\w&-]+\s+){0,4}services\s+to\b|\bfees?\s+income\b"), FactKinds.Revenue, 2, Words("revenue", "sale", "sold", "income", "charged", "billed", "service")),
        new(Patterns.Build(@"\bpurchased?\b|\bpurchases\b|\bpaid\b|\brent(al)?\b|\blease[sd]?\b|\bexpenses?\b|\bfees?\b|\bcost\s+of\s+(revenues?|sales|goods\s+sold|services)\b|\bcost\s+of\b|\bcosts\b|\bconsulting\b|\bservices\s+provided\s+by\b|\bprovided\s+([\w&-]+\s+){0,6}services\s+to\s+" + Reporter + @"|\bincurred\b|\bcharged\s+by\b|\bpayments?\s+to\b"), FactKinds.Purchase, 1, Words("purchase", "paid", "rent", "lease", "expense", "fee", "cost", "consulting", "service", "incurred", "charged", "payment")),
        new(Patterns.Build(@"\bsalar(y|ies)\b|\bcompensation\b|\bdirectors?['’]?\s+fees\b|\bbonus(es)?\b|\boptions\s+granted\b|\bwages\b|\bremuneration\b"), FactKinds.Compensation, 4, Words("salar", "compensation", "fees", "bonus", "options", "wages", "remuneration")),
        new(Patterns.Build(@"\bdividends?\b|\ballocated\b|\ballocations?\b|\bcarrying\s+value\b|\binvestments?\s+in\b|\bgains?\b|\bacquired\b|\bacquisition\b|\bconverted\b|\bconversion\b|\bwaived\b|\bwaiver\b|\bcapital\s+contributions?\b|\bpreferred\s+stock\b|\bconsideration\b|\bpurchase\s+price\b|\bpurchased?\s+(\w+\s+)?(equipment|property|properties|assets?|land|buildings?|vehicles?)\b|\breimburse\w*|\bon\s+behalf\s+of\b|\bdisposal\b|\bsold\s+(its|our|the)\s+(interest|equity|shares)"), FactKinds.Other, 6, Words("dividend", "allocat", "carrying", "investment", "gain", "acqui", "conver", "waive", "capital", "preferred", "consideration", "purchase", "reimburse", "behalf", "disposal", "sold")),
    ];

    /// <summary>Each rule's pattern with its gates, for the test that no gate refuses a match of its pattern.</summary>
    internal static IEnumerable<(string Name, Regex Pattern, Func<string, bool> MayMatch)> GatedPatterns =>
        Rules.Select((r, i) => ($"kind rule {i} ({r.Kind})", r.Pattern, (Func<string, bool>)(text => r.MayMatch(text))));

    private static readonly Regex RepaidTo = Patterns.Build(@"^\w+\s+to\b");
    private static readonly Regex RepaidFrom = Patterns.Build(@"\b(repayments?|paid back)\s*$|\bfrom\b");
    private static readonly Regex ToReporter = Patterns.Build(@"\bto\s+" + Reporter + @"|^\s*" + Reporter);
    private static readonly Regex ReporterSubject = Patterns.Build(Reporter + @"(\s+\w+){0,3}\s*$");

    /// <summary>All cues in [start, end) of the text, overlapping ones resolved to the longer.</summary>
    public static List<KindCue> Cues(string text, int start, int end)
    {
        var span = text[start..end];
        var found = new List<KindCue>();
        foreach (var rule in Rules)
        {
            if (!rule.MayMatch(span)) continue;
            foreach (var m in rule.Pattern.EnumerateMatches(span))
            {
                var kind = rule.Kind == "repayment" ? RepaymentDirection(span, m.Index) : rule.Kind;
                kind = rule.Kind == FactKinds.LoanFrom ? LoanDirection(span, m) : kind;
                kind = rule.Kind == "loan" ? GenericLoanDirection(span, m) : kind;
                if (rule.Kind == FactKinds.LoanTo && ToReporter.IsMatch(span[(m.Index + m.Length - 2)..Math.Min(span.Length, m.Index + m.Length + 20)]))
                    kind = FactKinds.LoanFrom;
                found.Add(new KindCue(start + m.Index, start + m.Index + m.Length, kind, rule.Weight));
            }
        }
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var kept = new List<KindCue>();
        foreach (var cue in found)
        {
            var overlap = kept.FindIndex(k => cue.Start < k.End && k.Start < cue.End);
            if (overlap < 0) { kept.Add(cue); continue; }
            var other = kept[overlap];
            if (cue.End - cue.Start > other.End - other.Start || cue.End - cue.Start == other.End - other.Start && cue.Weight > other.Weight)
                kept[overlap] = cue;
        }
        return kept;
    }

    /// <summary>The most specific cue of a short label such as a table row or heading.</summary>
    public static string? LabelKind(string label)
    {
        var cues = Cues(label, 0, label.Length);
        // The first cue names the row ("Trade accounts payable, net of receivables") unless a specific one overrides it.
        var strong = cues.Where(c => c.Weight >= 4).OrderByDescending(c => c.Weight).ThenBy(c => c.Start).FirstOrDefault();
        var kind = strong?.Kind ?? cues.OrderBy(c => c.Start).FirstOrDefault()?.Kind;
        return kind == "loan" ? FactKinds.LoanFrom : kind;
    }

    // "provided loans of RMB16.1 million to the Group" borrows; "provided a loan to an employee" lends.
    private static string LoanDirection(string span, ValueMatch m)
    {
        if (!span.AsSpan(m.Index, m.Length).StartsWith("provided", StringComparison.OrdinalIgnoreCase)) return FactKinds.LoanFrom;
        var after = span[(m.Index + m.Length)..Math.Min(span.Length, m.Index + m.Length + 80)];
        return ToReporter.IsMatch(after) ? FactKinds.LoanFrom : FactKinds.LoanTo;
    }

    // "a loan for $100,000 from Mr. Spivak" borrows; "cash advances of RMB146.6 million" takes the direction of its sentence.
    private static string GenericLoanDirection(string span, ValueMatch m)
    {
        var after = span[(m.Index + m.Length)..Math.Min(span.Length, m.Index + m.Length + 60)];
        var from = after.IndexOf(" from ", StringComparison.OrdinalIgnoreCase);
        var to = after.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (from >= 0 && (to < 0 || from < to)) return FactKinds.LoanFrom;
        if (to >= 0) return ToReporter.IsMatch(after[to..]) ? FactKinds.LoanFrom : FactKinds.LoanTo;
        return "loan";
    }

    // "the Company repaid" pays back; "the executive repaid" is paid back.
    private static string RepaymentDirection(string span, int index)
    {
        var before = span[Math.Max(0, index - 40)..index];
        var after = span[index..Math.Min(span.Length, index + 60)];
        if (ReporterSubject.IsMatch(before)) return FactKinds.RepaymentMade;
        if (RepaidTo.IsMatch(after))
            return FactKinds.RepaymentMade;
        if (RepaidFrom.IsMatch(before))
            return FactKinds.RepaymentReceived;
        return before.Trim().Length == 0 ? FactKinds.RepaymentMade : FactKinds.RepaymentReceived;
    }

    /// <summary>A flow kind read at a balance-sheet date becomes the balance it leaves behind.</summary>
    public static string AsBalance(string kind) => kind switch
    {
        FactKinds.LoanFrom or FactKinds.Purchase or FactKinds.InterestExpense or FactKinds.DueTo => FactKinds.DueTo,
        FactKinds.LoanTo or FactKinds.Revenue or FactKinds.InterestIncome or FactKinds.DueFrom => FactKinds.DueFrom,
        _ => kind,
    };
}
