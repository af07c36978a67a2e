namespace Graph.Storage.Sqlite.Traversal;

/// <summary>A node linked to two or more of the given nodes, and the matching edges that link it.</summary>
internal sealed record SharedSlots(int Node, IReadOnlyList<int> LinkedTo, IReadOnlyList<int> Edges);

/// <summary>Counterparties shared by several entities, over matching edges in either direction.</summary>
internal static class SharedFinder
{
    public static IReadOnlyList<SharedSlots> Find(TraversalIndex index, IReadOnlyList<int> nodes, EdgePredicate predicate, CancellationToken ct)
    {
        var given = nodes.ToHashSet();
        var linked = new Dictionary<int, (List<int> To, List<int> Edges)>();
        foreach (var node in given)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var edge in index.EdgesOf(node))
            {
                var other = index.Other(edge, node);
                if (given.Contains(other) || !predicate.Matches(edge))
                    continue;
                if (!linked.TryGetValue(other, out var entry))
                    linked[other] = entry = ([], []);
                if (!entry.To.Contains(node))
                    entry.To.Add(node);
                entry.Edges.Add(edge);
            }
        }
        return linked
            .Where(l => l.Value.To.Count >= 2)
            .Select(l => new SharedSlots(l.Key, l.Value.To, l.Value.Edges))
            .ToList();
    }
}
