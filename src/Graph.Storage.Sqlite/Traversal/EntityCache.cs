using System.Collections.Concurrent;
using Graph.Core.Model;

namespace Graph.Storage.Sqlite.Traversal;

/// <summary>
/// Canonical entities (merged through their cluster) already read at one graph version. Every
/// answer names entities, and a hub's counterparties are thousands of them: reading each row
/// and its aliases again per request costs more than the rest of the answer. A new graph
/// version starts a new cache, so it never outlives the data; it holds at most every entity.
/// </summary>
internal sealed class EntityCache
{
    private readonly ConcurrentDictionary<long, Entity> _entities = new();

    public bool TryGet(long canonicalN, out Entity entity) => _entities.TryGetValue(canonicalN, out entity!);

    public void Add(long canonicalN, Entity entity) => _entities.TryAdd(canonicalN, entity);
}
