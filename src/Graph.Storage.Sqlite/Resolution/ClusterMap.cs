namespace Graph.Storage.Sqlite.Resolution;

/// <summary>
/// SAME_AS clusters as read from the canonical table: each merged-away entity and its
/// cluster's canonical entity. Entities not in the map are their own canonical entity.
/// </summary>
internal sealed class ClusterMap
{
    public static readonly ClusterMap Empty = new(new Dictionary<long, long>(), new Dictionary<long, string>());

    private readonly IReadOnlyDictionary<long, long> _canonicalOf;
    private readonly IReadOnlyDictionary<long, string> _ids;
    private readonly Dictionary<long, List<long>> _members;

    /// <param name="canonicalOf">Merged-away entity → canonical entity.</param>
    /// <param name="ids">Text ids of every entity that appears in a cluster.</param>
    public ClusterMap(IReadOnlyDictionary<long, long> canonicalOf, IReadOnlyDictionary<long, string> ids)
    {
        _canonicalOf = canonicalOf;
        _ids = ids;
        _members = [];
        foreach (var (member, canonical) in canonicalOf)
        {
            if (!_members.TryGetValue(canonical, out var list))
                _members[canonical] = list = [canonical];
            list.Add(member);
        }
        foreach (var list in _members.Values)
            list.Sort();
    }

    public bool IsEmpty => _canonicalOf.Count == 0;

    public long CanonicalOf(long n) => _canonicalOf.TryGetValue(n, out var c) ? c : n;

    /// <summary>Text id of the canonical entity of <paramref name="n"/>, or the given raw id when it is not merged.</summary>
    public string CanonicalId(long n, string rawId) =>
        _canonicalOf.TryGetValue(n, out var c) ? _ids[c] : rawId;

    /// <summary>All entities of the cluster whose canonical entity is <paramref name="canonical"/>, itself included.</summary>
    public IReadOnlyList<long> Members(long canonical) =>
        _members.TryGetValue(canonical, out var list) ? list : [canonical];
}
