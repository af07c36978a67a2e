using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Ingest;

/// <summary>
/// The conservative automatic match across filings: an entity whose normalised name is a
/// defined alias of another entity (one note defines "Shanghai Keshen" as short for the full
/// legal name, another names only "Shanghai Keshen") is recorded SAME_AS that entity, method
/// <c>alias</c>. Generic short names ("the Parent", "CEO") and very short aliases never match;
/// people only match people. Anything looser is left to <see cref="IGraphStore.SuggestMergesAsync"/>.
/// </summary>
public sealed class AliasMatcher(IGraphStore store)
{
    public const string Method = "alias";
    public const string By = "ingest";

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "parent", "company", "group", "the group", "holdco", "chairman", "ceo", "cfo", "coo", "director", "directors",
        "shareholder", "shareholders", "founder", "founders", "affiliate", "affiliates", "subsidiary", "subsidiaries",
        "related party", "related parties", "joint venture", "jv", "investee", "investor", "sponsor", "manager", "bank",
        "lender", "borrower", "trust", "fund", "partnership", "predecessor", "successor", "vie", "wfoe",
    };

    /// <summary>Merges the filing's entities with entities whose names or aliases they share; returns the judgements made.</summary>
    public async Task<IReadOnlyList<SameAsLink>> MatchAsync(FilingGraph filing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var links = new List<SameAsLink>();
        foreach (var entity in filing.Entities.Where(e => e.Placeholder is null))
        {
            var names = EntityIds.NameKeys(entity).Where(Usable).ToList();
            if (names.Count == 0)
                continue;
            var current = (await store.GetEntitiesAsync([entity.Id], ct)).GetValueOrDefault(entity.Id);
            if (current is null)
                continue;
            foreach (var candidate in await store.FindByNameKeysAsync(names, ct))
            {
                if (candidate.Id == current.Id || candidate.Placeholder is not null || (candidate.Type == "person") != (entity.Type == "person"))
                    continue;
                var link = Decide(entity, candidate);
                if (link is null)
                    continue;
                try
                {
                    links.Add(await store.MergeAsync(link.Value.From, link.Value.To, Method, 1.0, By, link.Value.Why, ct));
                    current = (await store.GetEntitiesAsync([entity.Id], ct))[entity.Id];
                }
                catch (InvalidOperationException)
                {
                    // Already one entity through an earlier judgement.
                }
            }
        }
        return links;
    }

    // Name of one equal to a defined alias of the other: the entity known only by the short name joins the fuller one.
    private static (string From, string To, string Why)? Decide(Entity mine, Entity theirs)
    {
        var myName = Key(mine.Name);
        var theirName = Key(theirs.Name);
        if (Usable(myName) && theirs.Aliases.Select(Key).Contains(myName))
            return (mine.Id, theirs.Id, $"'{mine.Name}' is a defined alias of '{theirs.Name}'");
        if (Usable(theirName) && mine.Aliases.Select(Key).Contains(theirName))
            return (theirs.Id, mine.Id, $"'{theirs.Name}' is a defined alias of '{mine.Name}'");
        return null;
    }

    private static string Key(string name) => EntityIds.NormalizeName(name);

    private static bool Usable(string key) => key.Length >= 4 && !Generic.Contains(key);
}
