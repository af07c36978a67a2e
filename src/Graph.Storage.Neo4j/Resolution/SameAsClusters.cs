using Graph.Core.Model;

namespace Graph.Storage.Neo4j.Resolution;

/// <summary>
/// SAME_AS clusters rebuilt from the active judgements in the order they were made: "A is the
/// same as B" puts A's cluster under B's canonical entity, so the first judgement's target stays
/// canonical (as in the embedded store). Entities in no judgement are their own canonical entity.
/// </summary>
internal sealed class SameAsClusters
{
    private readonly Dictionary<string, string> _canonicalOf;
    private readonly Dictionary<string, List<string>> _members;

    public SameAsClusters(IReadOnlyList<SameAsLink> activeInOrder)
    {
        ActiveLinks = activeInOrder;
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string n)
        {
            var root = n;
            while (parent.TryGetValue(root, out var p) && p != root)
                root = p;
            return root;
        }
        foreach (var link in activeInOrder)
        {
            var a = Find(link.EntityId);
            var b = Find(link.TargetId);
            if (a == b)
                continue;
            parent[a] = b;
            parent.TryAdd(b, b);
        }
        _canonicalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in parent.Keys)
        {
            var root = Find(n);
            if (root != n)
                _canonicalOf[n] = root;
        }
        _members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (member, canonical) in _canonicalOf)
        {
            if (!_members.TryGetValue(canonical, out var list))
                _members[canonical] = list = [canonical];
            list.Add(member);
        }
        foreach (var list in _members.Values)
            list.Sort(StringComparer.Ordinal);
    }

    public IReadOnlyList<SameAsLink> ActiveLinks { get; }

    /// <summary>Every entity that resolves to another one.</summary>
    public IReadOnlyCollection<string> MergedAway => _canonicalOf.Keys;

    public string CanonicalOf(string id) => _canonicalOf.TryGetValue(id, out var c) ? c : id;

    /// <summary>All entities of the cluster whose canonical entity is <paramref name="canonical"/>, itself included.</summary>
    public IReadOnlyList<string> Members(string canonical) =>
        _members.TryGetValue(canonical, out var list) ? list : [canonical];

    public bool SameCluster(string a, string b) => CanonicalOf(a) == CanonicalOf(b);
}
