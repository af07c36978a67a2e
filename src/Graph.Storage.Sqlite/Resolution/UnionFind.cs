namespace Graph.Storage.Sqlite.Resolution;

/// <summary>
/// Computes clusters from SAME_AS judgements applied in order: "A is the same as B" puts A's
/// cluster under B's canonical entity, so the target of the first judgement stays canonical.
/// </summary>
internal sealed class UnionFind
{
    private readonly Dictionary<long, long> _parent = [];

    public long Find(long n)
    {
        var root = n;
        while (_parent.TryGetValue(root, out var p) && p != root)
            root = p;
        while (n != root)
        {
            var next = _parent[n];
            _parent[n] = root;
            n = next;
        }
        return root;
    }

    /// <summary>Returns false when both are already in one cluster.</summary>
    public bool Union(long entity, long target)
    {
        var a = Find(entity);
        var b = Find(target);
        if (a == b)
            return false;
        _parent[a] = b;
        _parent.TryAdd(b, b);
        return true;
    }

    /// <summary>Every entity that is not its own canonical entity, with its canonical entity.</summary>
    public Dictionary<long, long> MergedAway()
    {
        var result = new Dictionary<long, long>();
        foreach (var n in _parent.Keys.ToList())
        {
            var root = Find(n);
            if (root != n)
                result[n] = root;
        }
        return result;
    }
}
