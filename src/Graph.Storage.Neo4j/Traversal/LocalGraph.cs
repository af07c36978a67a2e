using Graph.Core.Model;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Resolution;

namespace Graph.Storage.Neo4j.Traversal;

/// <summary>
/// The part of the graph a traversal has looked at, over canonical entities. A cluster is
/// expanded at most once, with one Cypher step (<c>expand.cypher</c>) for a whole batch of clusters,
/// which loads all of its matching edges; only an expanded cluster's adjacency is complete, so
/// callers expand a node before walking its edges. Edges keep the order they were written in,
/// as in the embedded store's adjacency. Edges inside one cluster are left out.
/// </summary>
internal sealed class LocalGraph(SameAsClusters clusters, Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<StoredEdge>>> expand)
{
    private readonly Dictionary<string, List<StoredEdge>> _adjacent = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _edgeIds = new(StringComparer.Ordinal);

    public SameAsClusters Clusters => clusters;

    /// <summary>Loads the edges of every given canonical node not loaded yet, in one step.</summary>
    public async Task ExpandAsync(IEnumerable<string> nodes, CancellationToken ct)
    {
        var fresh = nodes.Where(n => !_expanded.Contains(n)).Distinct(StringComparer.Ordinal).ToList();
        if (fresh.Count == 0)
            return;
        var edges = await expand(fresh.SelectMany(clusters.Members).ToList(), ct).ConfigureAwait(false);
        foreach (var node in fresh)
            _expanded.Add(node);
        foreach (var stored in edges)
        {
            if (!_edgeIds.Add(stored.Edge.Id))
                continue;
            var (from, to) = (stored.Edge.FromId, stored.Edge.ToId);
            if (from == to)
                continue;
            Add(from, stored);
            Add(to, stored);
        }
        foreach (var list in _adjacent.Values)
            list.Sort((a, b) => a.Seq.CompareTo(b.Seq));
    }

    private void Add(string node, StoredEdge edge)
    {
        if (!_adjacent.TryGetValue(node, out var list))
            _adjacent[node] = list = [];
        list.Add(edge);
    }

    /// <summary>The matching edges of an expanded node, in written order.</summary>
    public IReadOnlyList<StoredEdge> EdgesOf(string node)
    {
        if (!_expanded.Contains(node))
            throw new InvalidOperationException($"Node '{node}' was not expanded before its edges were read.");
        return _adjacent.TryGetValue(node, out var list) ? list : [];
    }

    public static string Other(GraphEdge edge, string node) => edge.FromId == node ? edge.ToId : edge.FromId;
}
