using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Resolution;

/// <summary>
/// Fuzzy merge candidates, proposed and never applied: a defined alias of one entity that is
/// another entity's name, or names whose words mostly agree (Dice coefficient over words, an
/// abbreviation matching the word it shortens). Only entities sharing a word are compared, so the
/// work stays near-linear. Both stores call this one type, so they propose the same merges.
/// </summary>
public static class MergeSuggester
{
    private const double MinScore = 0.6;
    private const int MaxBlock = 400;

    // Words too common to say two names belong together.
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "and", "of", "the", "group", "holding", "holdings", "technology", "technologies", "information", "international",
        "investment", "investments", "management", "capital", "development", "trading", "services", "service", "industrial",
        "shanghai", "beijing", "shenzhen", "hong", "kong", "china", "chinese", "partners", "fund", "bank", "trust",
    };

    public static IReadOnlyList<MergeSuggestion> Suggest(IReadOnlyList<Entity> candidates, int limit, CancellationToken ct)
    {
        var keys = candidates.Select(c => EntityIds.NormalizeName(c.Name)).ToArray();
        var words = keys.Select(k => k.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)).ToArray();
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length == 0)
                continue;
            if (!byName.TryGetValue(keys[i], out var list))
                byName[keys[i]] = list = [];
            list.Add(i);
        }

        var found = new Dictionary<(int, int), MergeSuggestion>();
        void Propose(int a, int b, string method, double score, string why)
        {
            if (a == b || !Compatible(candidates[a], candidates[b]))
                return;
            // The entity with the longer (fuller) name is the better target.
            var (from, to) = candidates[a].Name.Length <= candidates[b].Name.Length ? (a, b) : (b, a);
            var key = (Math.Min(a, b), Math.Max(a, b));
            if (found.TryGetValue(key, out var known) && known.Score >= score)
                return;
            found[key] = new MergeSuggestion(candidates[from].Id, candidates[to].Id, method, score, why);
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            foreach (var alias in candidates[i].Aliases)
            {
                var aliasKey = EntityIds.NormalizeName(alias);
                if (aliasKey.Length > 3 && byName.TryGetValue(aliasKey, out var others))
                    foreach (var j in others)
                        Propose(i, j, "alias", 0.95, $"'{alias}', an alias of '{candidates[i].Name}', is the name of '{candidates[j].Name}'");
            }
        }

        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var word in words[i])
            {
                if (word.Length < 3 || CommonWords.Contains(word))
                    continue;
                if (!blocks.TryGetValue(word, out var list))
                    blocks[word] = list = [];
                list.Add(i);
            }
        }
        foreach (var block in blocks.Values)
        {
            ct.ThrowIfCancellationRequested();
            if (block.Count < 2 || block.Count > MaxBlock)
                continue;
            for (var x = 0; x < block.Count; x++)
            {
                for (var y = x + 1; y < block.Count; y++)
                {
                    var (a, b) = (block[x], block[y]);
                    var shared = words[a].Count(w => words[b].Any(v => SameWord(w, v)));
                    var dice = 2.0 * shared / (words[a].Count + words[b].Count);
                    var contained = shared == Math.Min(words[a].Count, words[b].Count);
                    var score = contained ? Math.Max(dice, 0.75) : dice;
                    if (score >= MinScore && keys[a] != keys[b])
                        Propose(a, b, contained ? "name-contained" : "name-similar", Math.Round(score, 3),
                            $"'{candidates[a].Name}' and '{candidates[b].Name}' share {shared} of their words");
                }
            }
        }

        return found.Values
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.EntityId, StringComparer.Ordinal)
            .ThenBy(s => s.TargetId, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    // "Info" for "Information", "Grp" for "Group", "Intl" for "International": an abbreviation
    // keeps the first letter and the order of the letters it keeps.
    private static bool SameWord(string a, string b)
    {
        if (a == b)
            return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length < 3 || shorter[0] != longer[0])
            return false;
        var at = 0;
        foreach (var c in longer)
        {
            if (at < shorter.Length && shorter[at] == c)
                at++;
        }
        return at == shorter.Length;
    }

    private static bool Compatible(Entity a, Entity b) => (a.Type == "person") == (b.Type == "person");
}
