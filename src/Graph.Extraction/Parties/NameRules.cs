namespace Graph.Extraction.Parties;

/// <summary>Word lists that tell a counterparty's name from the capitalised words around it.</summary>
internal static class NameRules
{
    /// <summary>Capitalised words that never start or make up a party name on their own.</summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "these", "those", "a", "an", "company", "company's", "company’s", "group", "group's", "group’s",
        "board", "directors", "director", "note", "notes", "series", "class", "common", "preferred", "stock", "shares",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "chief", "officer", "president", "chairman", "ceo", "cfo", "coo", "vice", "executive", "prc", "china", "u.s.", "us",
        "united", "states", "nasdaq", "sec", "rmb", "hk", "usd", "accounts", "amounts", "amount", "total", "revenue", "revenues",
        "sales", "interest", "related", "party", "parties", "transactions", "transaction", "loan", "loans", "due", "during", "in",
        "on", "at", "as", "for", "under", "pursuant", "such", "all", "each", "other", "our", "we", "it", "its", "mr", "ms", "dr",
        "mrs", "certain", "fiscal", "year", "management", "general", "cost", "costs", "agreement", "agreements", "and", "of",
        "to", "from", "by", "with", "balance", "balances", "schedule", "less", "current", "non-current", "noncurrent",
        "purchases", "purchase", "expenses", "expense", "income", "dividends", "dividend", "payable", "receivable",
        "registrant", "parent", "subsidiary", "subsidiaries", "affiliate", "affiliates", "shareholder", "shareholders",
        "stockholder", "stockholders", "holder", "holders", "investor", "investors", "consolidated", "financial", "statements",
        "see", "also", "however", "accordingly", "therefore", "following", "upon", "if", "when", "after", "before", "since",
        "item", "part", "gaap", "ifrs", "llc", "inc", "ltd", "corp", "co", "limited",
        "nil", "none", "no", "not", "any", "both", "either", "one", "two", "three", "there", "here", "then", "thus",
        "convertible", "promissory", "debt", "credit", "facility", "line", "bank", "banks", "cash", "advances", "advance",
        "services", "service", "products", "product", "rent", "lease", "leases", "office", "fees", "fee", "consulting",
        "short-term", "long-term", "borrowings", "borrowing", "payments", "payment", "prepayments", "deposits", "deposit",
        "accrued", "former", "owner", "owners", "americas", "europe", "asia", "north", "america", "effective", "pursuant",
        "vie", "vies", "wfoe", "ipo", "sfas", "fasb", "asc", "asu", "ifrs", "topic", "ended", "ending", "fiscal", "q1", "q2", "q3", "q4", "fy", "tax", "vat", "dsu", "rsus", "rsu", "oid",
    };

    /// <summary>Final words that mark a company, trust or fund name.</summary>
    public static readonly HashSet<string> LegalSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "limited",
        "llc", "l.l.c.", "llp", "lp", "l.p.", "plc", "gmbh", "ag", "s.a.", "sa", "n.v.", "nv", "b.v.", "bv", "pte", "pty",
        "holdings", "group", "bank", "trust", "unitrust", "ira", "partners", "partnership", "fund", "foundation", "s.a.r.l.",
        "kk", "k.k.", "spa", "s.p.a.", "ab", "oy", "as", "a/s", "se",
    };

    /// <summary>Short names that define documents, instruments or events rather than parties.</summary>
    public static readonly HashSet<string> NonPartyAliasWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "note", "notes", "agreement", "agreements", "plan", "technology", "loan", "loans", "facility", "facilities",
        "shares", "stock", "rsus", "rsu", "oid", "vwap", "acquisition", "reorganization", "offering", "ipo", "merger",
        "transaction", "transactions", "closing", "date", "period", "price", "act", "arrangement", "arrangements",
        "license", "lease", "debentures", "warrants", "warrant", "units", "program", "amendment", "contract", "contracts",
        "licensed", "products", "product", "services", "rules", "cl", "business", "properties", "property", "premises",
        "option", "options", "award", "awards", "instrument", "instruments", "securities", "guarantee", "pledge",
        "repurchase", "exchange", "settlement", "financing", "sale", "purchase", "redemption", "investment", "term", "terms",
    };

    /// <summary>Short names that stand for the reporting company itself.</summary>
    public static readonly HashSet<string> ReporterAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "group", "we", "us", "our", "registrant", "partnership", "fund", "issuer", "corporation", "bank",
        "trust", "predecessor", "successor", "parent company",
    };

    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "vice", "president", "vice-president", "chief", "executive", "officer", "financial", "operating", "director", "chairman",
        "ceo", "cfo", "coo", "cto", "operations", "research", "development", "business", "corporate", "secretary", "treasurer",
        "founder", "general", "counsel", "manager", "managing", "partner", "board", "&", "and", "of",
    };

    public static bool IsRoleWord(string word) => RoleWords.Contains(word.Trim(',', '.'));

    public static bool IsCapitalised(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || char.IsAsciiDigit(word[0]) || IsCjk(word[0]));

    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    public static bool IsStop(string word) => StopWords.Contains(word.Trim('.', ',', '’', '\'', '"', '“', '”', '(', ')'));
}
