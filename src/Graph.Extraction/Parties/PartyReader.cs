using System.Text.RegularExpressions;
using Graph.Core.Notes;
using Graph.Extraction.Text;

namespace Graph.Extraction.Parties;

/// <summary>
/// Finds the parties a note defines: a full name followed by a quoted short name, persons
/// named next to their role, names ending in a legal suffix, and names set in apposition to a
/// relationship ("our majority shareholder, Kyocera,"; "Portfolio Services, an affiliated entity").
/// </summary>
internal static class PartyReader
{
    private const string Cap = @"([A-Z]|\d{1,5}\s+[A-Z])[\w&'’\.\-]*";
    private const string PersonWord = @"[A-Z][a-z]+(-[A-Z][a-z]+)?";
    private const string PersonName = PersonWord + @"( [A-Z]\.)?( \([A-Z][a-z]+\))?( " + PersonWord + @"){1,2}";

    private static readonly Regex Defined = Patterns.Build(
        @"\(\s*(the\s+|a\s+)?[“""”‘']\s*(?<alias>[^“”""()‘’']{1,60})\s*[”""“’']\s*\)", ignoreCase: false);

    private static readonly Regex Titled = Patterns.Build(
        @"\b(?<title>Mr|Ms|Mrs|Dr|Miss|Madam)\.? +(?<name>[A-Z][\w'’\-]*( [A-Z]\.)?( \([A-Z][a-z]+\))?( [A-Z][\w'’\-]+){0,2})", ignoreCase: false);

    private const string RoleWords =
        @"(Chief|CEO|CFO|COO|CTO|President|Chairman|Chairwoman|Director|director|founder|Founder|majority|controlling|principal|significant|officer|Officer|executive|Vice|shareholder|stockholder|member|chairman|chief|president|legal representative|spouse|wife|husband|son|daughter|brother|sister|father|mother|sole|general partner|managing)";

    private static readonly Regex NameThenRole = Patterns.Build(
        @"(?<name>" + PersonName + @"),\s+(the|our|a|an|its|who is|who was|one of)\s+(\w+’s\s+|\w+'s\s+|our\s+|its\s+|the\s+)?((former|then|current|then-current|co-|largest|major)\s*)*" + RoleWords,
        ignoreCase: false);

    private static readonly Regex RoleThenName = Patterns.Build(
        @"\b(" + PartyWords.Alternatives(PartyWords.RolesBeforeName) + @")( and (Director|director|Chairman|CEO))?,?\s+(?<name>" + PersonName + @")\b",
        ignoreCase: false);

    // The whole match is the name: without a named group the matcher skips its costly capture pass.
    private static readonly Regex Suffixed = Patterns.Build(
        Cap + @"( +(of|and|&|de|for)? *[A-Z0-9][\w&'’\.\-]*){0,6},? +(Co\.,?\s*Ltd\.?|Co\.|Company|Corporation|Corp\.?|Inc\.?|Incorporated|Limited|Ltd\.?|LLC|L\.L\.C\.|LLP|L\.P\.|LP|plc|PLC|GmbH|AG|S\.A\.|N\.V\.|B\.V\.|Pte\.?\s*Ltd\.?|Pty\.?\s*Ltd\.?|Holdings|Group|Bank|UniTrust|Trust|IRA|Partners)\b",
        ignoreCase: false);

    private static readonly Regex AppositionBefore = Patterns.Build(
        @"\b(" + PartyWords.Alternatives(PartyWords.RelationshipsBeforeName) + @"|equity investments?),\s+(?<name>[A-Z][\w\-]+(\s+[A-Z0-9][\w\-]+){0,3})\b",
        ignoreCase: false);

    private static readonly Regex AppositionAfter = Patterns.Build(
        @"(?<name>[A-Z][\w\-]+(\s+[A-Z0-9][\w\-]+){0,3}),\s+(?<rel>(an?|the)\s+(affiliated (entity|company)|" + PartyWords.Alternatives(PartyWords.ApposedRelationships) + @")[^.;]{0,80})",
        ignoreCase: false);

    // Words every match of Titled and AppositionBefore contains. Many notes hold
    // none of them, and one vectorised search costs far less than running a pattern over the note.
    private static readonly LiteralGate TitleWords = new(ignoreCase: false, "Mr", "Ms", "Dr", "Miss", "Madam");
    private static readonly LiteralGate AppositionBeforeWords = new(ignoreCase: false,
        [.. PartyWords.RelationshipsBeforeName.Select(w => w + ","), "investment,", "investments,"]);

    /// <summary>The gated patterns with their pre-checks, for the test that no pre-check refuses a match.</summary>
    internal static IEnumerable<(string Name, Regex Pattern, Func<string, bool> MayMatch)> GatedPatterns =>
    [
        (nameof(Titled), Titled, text => TitleWords.MayMatch(text)),
        (nameof(AppositionBefore), AppositionBefore, text => AppositionBeforeWords.MayMatch(text)),
        (nameof(AppositionAfter), AppositionAfter, NamePrechecks.CommaThenRelationship),
        (nameof(RoleThenName), RoleThenName, NamePrechecks.RoleBeforeCapital),
    ];

    // The name is the match from its first capital on (the prepositions are lower case); reading it
    // from the match instead of a named group spares the matcher its costly capture pass.
    private static readonly Regex AfterPreposition = Patterns.Build(
        @"\b(due from|due to|payable to|receivable from|from|to|with|by)\s+[A-Z][\w\-]*(\s+[A-Z0-9][\w\-]*){0,3}",
        ignoreCase: false);

    // Names ending in these words are deals and documents ("Huanqiuyimeng Acquisition"), not parties.
    private static readonly HashSet<string> InstrumentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "note", "notes", "agreement", "agreements", "acquisition", "plan", "loan", "loans", "facility", "offering", "merger",
        "act", "technology", "arrangement", "transaction", "transactions", "program", "amendment", "contract",
        "repurchase", "exchange", "settlement", "financing", "redemption",
    };

    private static bool Possessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '’' or '\'' && text[end + 1] == 's';

    public static void Read(string text, PartyBook book)
    {
        ReadDefinitions(text, book);
        ReadNames(text, book);
        if (book.ReporterName is { } reporter) book.Remove(reporter);
    }

    private static void ReadNames(string text, PartyBook book)
    {
        foreach (var m in Suffixed.EnumerateMatches(text))
        {
            // "Silicon Valley Bank’s prime rate" names a bank as a reference, not a party.
            var end = m.Index + m.Length;
            if (Possessive(text, end)) continue;
            AddCompany(book, text.Substring(m.Index, m.Length), null);
        }
        ReadPersons(text, book);
        if (AppositionBeforeWords.MayMatch(text))
            foreach (Match m in AppositionBefore.Matches(text)) AddBare(book, m.Groups["name"].Value, null);
        if (NamePrechecks.CommaThenRelationship(text))
            foreach (Match m in AppositionAfter.Matches(text)) AddBare(book, m.Groups["name"].Value, m.Groups["rel"].Value.Trim());
    }

    /// <summary>Names only seen after "from", "to", "with": read when an amount needs a counterparty.</summary>
    public static void ReadCounterparties(string text, PartyBook book)
    {
        foreach (var m in AfterPreposition.EnumerateMatches(text))
        {
            if (Possessive(text, m.Index + m.Length)) continue;
            var nameStart = m.Index + text.AsSpan(m.Index, m.Length).IndexOfAnyInRange('A', 'Z');
            AddBare(book, text[nameStart..(m.Index + m.Length)], null);
        }
    }

    private static void ReadDefinitions(string text, PartyBook book)
    {
        foreach (Match m in Defined.Matches(text))
        {
            var alias = m.Groups["alias"].Value.Trim();
            var lastWord = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            var full = NameBefore(text, m.Index);
            if (NameRules.ReporterAliases.Contains(alias))
            {
                if (full is not null) book.ReporterName ??= full;
                continue;
            }
            if (NameRules.NonPartyAliasWords.Contains(lastWord) || !NameRules.IsCapitalised(alias)) continue;
            if (full is null) continue;
            var type = LooksLikePerson(full) ? PartyTypes.Person : PartyTypes.Company;
            var entry = book.Add(full, type, null, [alias]);
            AddDerivedAliases(book, entry);
        }
    }

    private static void ReadPersons(string text, PartyBook book)
    {
        foreach (Match m in TitleWords.MayMatch(text) ? Titled.Matches(text) : Enumerable.Empty<Match>())
        {
            var name = TrimName(m.Groups["name"].Value);
            if (name.Count(char.IsLetter) < 2 || NameRules.IsStop(name.Split(' ')[0])) continue;
            var title = m.Groups["title"].Value + ".";
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var surname = " " + words[^1];
            var existing = book.Parties.FirstOrDefault(p => p.Type == PartyTypes.Person &&
                (p.Name == name || p.Name.EndsWith(surname, StringComparison.Ordinal)));
            var entry = existing ?? book.Add(name, PartyTypes.Person);
            if (existing is not null && words.Length > 1 && name.Length > existing.Name.Length) existing.Rename(name);
            entry.AddAlias($"{title} {name}");
            entry.AddAlias($"{title} {words[^1]}");
            book.Index(entry);
        }
        foreach (Match m in NameThenRole.Matches(text)) AddPerson(book, m.Groups["name"].Value);
        if (NamePrechecks.RoleBeforeCapital(text))
            foreach (Match m in RoleThenName.Matches(text)) AddPerson(book, m.Groups["name"].Value);
    }

    private static void AddPerson(PartyBook book, string raw)
    {
        var name = TrimName(raw);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Any(NameRules.IsStop)) return;
        var surname = " " + words[^1];
        var existing = book.Find(name) ?? book.Parties.FirstOrDefault(p => p.Type == PartyTypes.Person &&
            p.AllNames.Any(n => n.EndsWith(surname, StringComparison.Ordinal)));
        if (existing is not null)
        {
            if (name.Length > existing.Name.Length && !existing.Name.StartsWith("M", StringComparison.Ordinal)) existing.Rename(name);
            else existing.AddAlias(name);
            book.Index(existing);
            return;
        }
        book.Add(name, PartyTypes.Person);
    }

    private static void AddCompany(PartyBook book, string raw, string? relationship)
    {
        var name = TrimName(AfterSentenceBreak(raw));
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || IsYear(words[0])) return;
        if (char.IsAsciiDigit(words[0][0]) && words.Skip(1).Any(NameRules.IsStop)) return;
        var core = words.Where(w => !NameRules.LegalSuffixes.Contains(w.Trim(',', '.')) && !NameRules.IsStop(w)).ToList();
        if (core.Count == 0) return;
        var type = words[^1].Trim('.') is "Trust" or "UniTrust" or "IRA" ? PartyTypes.Other
            : words[^1] == "Group" ? PartyTypes.Group : PartyTypes.Company;
        var entry = book.Add(name, type, relationship);
        AddDerivedAliases(book, entry);
    }

    private static void AddBare(PartyBook book, string raw, string? relationship)
    {
        var name = TrimName(raw);
        if (name.Length < 2 || !char.IsLetter(name[0])) return;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (InstrumentWords.Contains(words[^1]) || words.All(NameRules.IsRoleWord)) return;
        // "Robert W" is a name cut at an initial; "R" alone is no name at all.
        if (words[^1].Length == 1 || name.Count(char.IsLetter) < 2) return;
        if (NameRules.IsStop(words[0]) || words.All(NameRules.IsStop)) return;
        if (book.Find(name) is { } known) { known.Relationship ??= relationship; return; }
        // A bare name that shortens a known full name is an alias of it.
        var longer = book.Parties.FirstOrDefault(p => p.Name.Length > name.Length && p.Name.StartsWith(name, StringComparison.Ordinal) &&
                                                       p.Name[name.Length] is ' ' or ',');
        if (longer is not null) { longer.AddAlias(name); book.Index(longer); return; }
        book.Add(name, LooksLikePerson(name) ? PartyTypes.Person : PartyTypes.Company, relationship);
    }

    /// <summary>"Walsin Lihwa Corporation" is also "Walsin Lihwa" in the same note.</summary>
    private static void AddDerivedAliases(PartyBook book, PartyEntry entry)
    {
        var words = entry.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (NameRules.LegalSuffixes.Contains(words[^1].Trim(',', '.')) || words[^1].StartsWith('(')))
        {
            if (words[^1].Trim(',', '.') is "Group" or "Bank" or "Trust" or "UniTrust" or "IRA") break;
            words.RemoveAt(words.Count - 1);
            var shorter = string.Join(' ', words).TrimEnd(',');
            if (shorter.Split(' ').Length >= 1 && shorter.Length >= 3) entry.AddAlias(shorter);
        }
        book.Index(entry);
    }

    /// <summary>Walks back from a "(“Short”)" definition over the capitalised words of the full name.</summary>
    public static string? NameBefore(string text, int parenIndex)
    {
        var from = Math.Max(0, parenIndex - 200);
        var prefix = text[from..parenIndex];
        var nl = prefix.LastIndexOfAny(['\n', '|']);
        if (nl >= 0) prefix = prefix[(nl + 1)..];
        prefix = prefix.TrimEnd();
        if (prefix.EndsWith("’s", StringComparison.Ordinal) || prefix.EndsWith("'s", StringComparison.Ordinal)) return null;
        var words = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // Keep a name in another script set in parentheses: "Limited (上海奕桂品牌管理有限 公司)".
        var name = new List<string>();
        var i = words.Count - 1;
        if (i >= 0 && words[i].EndsWith(')'))
        {
            var j = i;
            while (j >= 0 && !words[j].StartsWith('(')) j--;
            if (j < 0 || !string.Concat(words.Skip(j).Take(i - j + 1)).Any(NameRules.IsCjk)) return null;
            name.InsertRange(0, words.Skip(j).Take(i - j + 1));
            i = j - 1;
        }
        for (; i >= 0; i--)
        {
            var word = words[i];
            var bare = word.Trim(',', '.');
            var isSuffix = NameRules.LegalSuffixes.Contains(bare) || NameRules.LegalSuffixes.Contains(word.TrimEnd(','));
            var connector = word is "of" or "and" or "&" or "de" or "for" or "der" or "van" or "von" or "du";
            if (!connector && !NameRules.IsCapitalised(word)) break;
            if (word.IndexOfAny(['“', '”', '"', ';', ':', '(', ')']) >= 0) break;
            // A comma ends the name unless a legal suffix follows it ("Partners, Inc.").
            if (word.EndsWith(',') && name.Count > 0 && !NameRules.LegalSuffixes.Contains(name[0].Trim(',', '.'))) break;
            // A full stop ends the previous sentence unless it closes an abbreviation ("Co.", "G.").
            if (word.EndsWith('.') && name.Count > 0 && !isSuffix && !IsInitial(word)) break;
            name.Insert(0, word);
            if (name.Count > 10) break;
        }
        while (name.Count > 0 && (name[0] is "of" or "and" or "&" or "for" || NameRules.IsStop(name[0]) && !NameRules.LegalSuffixes.Contains(name[0].Trim(',', '.'))))
            name.RemoveAt(0);
        if (name.Count == 0) return null;
        var result = string.Join(' ', name).TrimEnd(',', ' ');
        return result.Any(char.IsLetter) ? result : null;
    }

    // "Taxes. The Company" spans a sentence break: only the words after it can be the name.
    private static string AfterSentenceBreak(string raw)
    {
        var words = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        for (var i = 0; i < words.Length - 1; i++)
        {
            var w = words[i];
            if (w.EndsWith('.') && w.Length > 2 && !NameRules.LegalSuffixes.Contains(w.TrimEnd('.')) && !NameRules.LegalSuffixes.Contains(w) && !IsInitial(w))
                start = i + 1;
        }
        return string.Join(' ', words.Skip(start));
    }

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsAsciiDigit) && word[..2] is "19" or "20";

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private static string TrimName(string raw)
    {
        var words = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (NameRules.IsStop(words[0]) && !NameRules.LegalSuffixes.Contains(words[0]) || words[0] is "of" or "and" or "&"))
            words.RemoveAt(0);
        while (words.Count > 0 && words[^1] is "of" or "and" or "&" or "for" or "de")
            words.RemoveAt(words.Count - 1);
        return string.Join(' ', words).Trim(' ', ',', ';', ':');
    }

    public static bool LooksLikePerson(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4) return false;
        if (words.Any(w => NameRules.LegalSuffixes.Contains(w.Trim(',', '.')))) return false;
        return words.All(w => w.Length > 0 && char.IsUpper(w[0]) && (w.Length == 1 || w.Skip(1).All(c => char.IsLower(c) || c is '.' or '-' or '\'' or '’' or '(' or ')')));
    }
}
