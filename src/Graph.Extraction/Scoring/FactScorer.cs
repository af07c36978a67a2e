using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core.Notes;

namespace Graph.Extraction.Scoring;

/// <summary>
/// Compares extracted facts with gold labels as the reference scorer (score.py) does: a fact
/// matches when party, kind, year and amount agree; parties match through names and aliases after
/// normalisation; facts that are nil, aggregate, unnamed or zero are left out on both sides.
/// </summary>
public static class FactScorer
{
    private static readonly Regex LeadingYear = new(@"^(\d{4})", RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1));

    public static NoteScore Score(string note, NoteFacts gold, NoteFacts? predicted)
    {
        predicted ??= new NoteFacts();
        var goldIndex = PartyIndex(gold);
        var g = Keys(gold, goldIndex, withKind: true);
        var p = Keys(predicted, goldIndex, withKind: true);
        var gAny = Keys(gold, goldIndex, withKind: false);
        var pAny = Keys(predicted, goldIndex, withKind: false);
        return new NoteScore(note, g.Values.Sum(), p.Values.Sum(), Overlap(p, g), Overlap(pAny, gAny))
        {
            Missed = [.. g.Keys.Where(k => !p.ContainsKey(k)).OrderBy(k => k.ToString(), StringComparer.Ordinal)],
            Spurious = [.. p.Keys.Where(k => !g.ContainsKey(k)).OrderBy(k => k.ToString(), StringComparer.Ordinal)],
        };
    }

    /// <summary>Each normalised name or alias of a note's parties, mapped to the normalised canonical name.</summary>
    public static Dictionary<string, string> PartyIndex(NoteFacts doc)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var party in doc.Parties)
        {
            var canon = NameNormalizer.Normalize(party.Name);
            foreach (var name in party.Aliases.Prepend(party.Name))
            {
                var n = NameNormalizer.Normalize(name);
                if (n.Length > 0) index.TryAdd(n, canon);
            }
        }
        return index;
    }

    private static string Resolve(string name, Dictionary<string, string> own, Dictionary<string, string> gold)
    {
        var n = NameNormalizer.Normalize(name);
        var canon = own.GetValueOrDefault(n, n);
        var candidates = new List<string> { n, canon };
        candidates.AddRange(own.Where(kv => kv.Value == canon).Select(kv => kv.Key));
        foreach (var c in candidates)
            if (gold.TryGetValue(c, out var g)) return g;
        return "?" + n;
    }

    private static int? Year(NoteFact f)
    {
        if (f.Year is { } y) return y;
        foreach (var v in new[] { f.AsOf, f.Period, f.PeriodEnd })
            if (!string.IsNullOrEmpty(v) && LeadingYear.Match(v) is { Success: true } m)
                return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return null;
    }

    private static Dictionary<FactKey, int> Keys(NoteFacts doc, Dictionary<string, string> goldIndex, bool withKind)
    {
        var own = PartyIndex(doc);
        var keys = new Dictionary<FactKey, int>();
        foreach (var f in doc.Facts)
        {
            if (f.Nil == true || f.Aggregate == true || f.Unnamed == true || f.Amount is not { } amount || amount == 0) continue;
            var rounded = Math.Round(Math.Abs(amount), 2, MidpointRounding.ToEven);
            if (rounded == 0) continue;
            var key = new FactKey(Resolve(f.Party, own, goldIndex), withKind ? f.Kind : "*", Year(f), rounded);
            keys[key] = keys.GetValueOrDefault(key) + 1;
        }
        return keys;
    }

    private static int Overlap(Dictionary<FactKey, int> a, Dictionary<FactKey, int> b) =>
        a.Sum(kv => Math.Min(kv.Value, b.GetValueOrDefault(kv.Key)));
}
