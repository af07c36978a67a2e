using Graph.Storage.Sqlite.Resolution;

namespace Graph.Storage.Sqlite.Traversal;

/// <summary>
/// What the store reads once per graph version: clusters, the entities read so far and, when a
/// traversal needs it, the adjacency index.
/// </summary>
internal sealed record GraphSnapshot(long Version, ClusterMap Clusters, TraversalIndex? Index, EntityCache Entities);
