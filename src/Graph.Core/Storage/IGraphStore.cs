using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>
/// The graph store seam: the embedded SQLite store and the Neo4j store implement it and pass
/// one contract test suite. Reads go through SAME_AS clusters: any member id resolves to the
/// cluster's canonical entity, and edges are reported between canonical ids.
/// Batch methods (taking id collections) exist so the API can load one level per round trip.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Create or migrate the schema; idempotent.</summary>
    Task InitializeAsync(CancellationToken ct = default);

    /// <summary>
    /// Write one filing all-or-nothing. The same id and content again changes nothing; the same
    /// id with other content replaces that filing's edges and links and nothing else.
    /// </summary>
    Task<IngestOutcome> IngestAsync(FilingGraph filing, CancellationToken ct = default);

    /// <summary>
    /// Write many filings, each all-or-nothing as <see cref="IngestAsync"/> does: a filing that
    /// fails is reported in the result and leaves nothing, and the others are still written.
    /// Bulk loads use it because a store may commit the batch at once. Cancellation stops the
    /// batch and may leave any of its filings unwritten, never a part of one.
    /// </summary>
    Task<IngestBatchResult> IngestBatchAsync(IReadOnlyList<FilingGraph> filings, CancellationToken ct = default);

    Task<GraphStats> GetStatsAsync(CancellationToken ct = default);

    /// <summary>Canonical entities keyed by each requested id that exists.</summary>
    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>
    /// Canonical entities a member of whose cluster has a name or alias with one of the given
    /// matching keys (<see cref="Model.EntityIds.NormalizeName"/>): an exact lookup, which the
    /// automatic alias match at ingest runs for every entity of every filing, so it must not
    /// grow with the graph as a substring search does.
    /// </summary>
    Task<IReadOnlyList<Entity>> FindByNameKeysAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default);

    /// <summary>Search canonical entities by name or alias (case-insensitive substring); null search lists all.</summary>
    Task<Page<Entity>> SearchEntitiesAsync(string? search, string? type, int first, string? after, CancellationToken ct = default);

    /// <summary>RELATED_PARTY links touching each entity (as reporter or as party).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPartyLink>>> GetRelatedPartiesAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct = default);

    /// <summary>Active SAME_AS judgements in each entity's cluster.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<SameAsLink>>> GetSameAsAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct = default);

    /// <summary>Each entity's counterparties with per kind/year/currency totals over matching edges.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Counterparty>>> GetCounterpartiesAsync(IReadOnlyCollection<string> entityIds, EdgeFilter filter, CancellationToken ct = default);

    Task<IReadOnlyDictionary<string, Filing>> GetFilingsAsync(IReadOnlyCollection<string> filingIds, CancellationToken ct = default);

    /// <summary>Filings, newest first, optionally of one reporter.</summary>
    Task<Page<Filing>> ListFilingsAsync(string? reporterId, int first, string? after, CancellationToken ct = default);

    Task<Page<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken ct = default);

    /// <summary>
    /// Breadth-first neighbourhood up to <paramref name="depth"/> hops over matching edges (either
    /// direction), at most <paramref name="limit"/> nodes; the matching edges among kept nodes, at
    /// most <paramref name="edgeLimit"/> of them chosen by <see cref="NetworkEdgeSelection"/>.
    /// </summary>
    Task<Network> GetNetworkAsync(string rootId, int depth, EdgeFilter filter, int limit, int edgeLimit, CancellationToken ct = default);

    /// <summary>Up to <paramref name="first"/> shortest simple paths (ignoring direction), fewest hops first.</summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(string fromId, string toId, int maxHops, EdgeFilter filter, int first, CancellationToken ct = default);

    /// <summary>Entities directly linked to at least two of the given entities.</summary>
    Task<IReadOnlyList<SharedCounterparty>> GetSharedCounterpartiesAsync(IReadOnlyList<string> entityIds, EdgeFilter filter, CancellationToken ct = default);

    /// <summary>Counterparties new, vanished or changed between two years, per kind and currency.</summary>
    Task<IReadOnlyList<Change>> GetChangesAsync(string entityId, int fromYear, int toYear, CancellationToken ct = default);

    /// <summary>Record that <paramref name="entityId"/> is the same as <paramref name="targetId"/>.</summary>
    Task<SameAsLink> MergeAsync(string entityId, string targetId, string method, double score, string by, string? reason, CancellationToken ct = default);

    /// <summary>Undo a merge: by SAME_AS link id, or every judgement that merged the given entity away.</summary>
    Task<bool> UnmergeAsync(string linkOrEntityId, CancellationToken ct = default);

    /// <summary>Fuzzy candidates for merging, proposed and never applied.</summary>
    Task<IReadOnlyList<MergeSuggestion>> SuggestMergesAsync(int limit, CancellationToken ct = default);

    /// <summary>The raw (unresolved) graph, for export.</summary>
    IAsyncEnumerable<Entity> ReadEntitiesAsync(CancellationToken ct = default);
    IAsyncEnumerable<Filing> ReadFilingsAsync(CancellationToken ct = default);
    IAsyncEnumerable<GraphEdge> ReadEdgesAsync(CancellationToken ct = default);
    IAsyncEnumerable<RelatedPartyLink> ReadRelatedPartiesAsync(CancellationToken ct = default);
    IAsyncEnumerable<SameAsLink> ReadSameAsAsync(CancellationToken ct = default);
}
