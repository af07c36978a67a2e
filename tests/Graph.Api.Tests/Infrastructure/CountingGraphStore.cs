using System.Collections.Concurrent;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// A decorator over the real store that counts calls per method, and can hold reads back until
/// cancelled, to observe batching, timeouts and client disconnects from the store's side.
/// </summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> calls = new();

    /// <summary>When set, every read waits this long (honouring cancellation) before it runs.</summary>
    public TimeSpan ReadDelay { get; set; }

    /// <summary>Completed when a delayed read has started waiting.</summary>
    public TaskCompletionSource<bool> ReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed with true when a delayed read observed its cancellation token.</summary>
    public TaskCompletionSource<bool> ReadCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int this[string method] => calls.GetValueOrDefault(method);

    public int Total => calls.Values.Sum();

    public void Reset() => calls.Clear();

    private async Task<T> Read<T>(string method, Func<Task<T>> call, CancellationToken ct)
    {
        calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        if (ReadDelay > TimeSpan.Zero)
        {
            ReadStarted.TrySetResult(true);
            try { await Task.Delay(ReadDelay, ct); }
            catch (OperationCanceledException)
            {
                ReadCancelled.TrySetResult(true);
                throw;
            }
        }
        return await call();
    }

    public Task InitializeAsync(CancellationToken ct = default) => inner.InitializeAsync(ct);
    public Task<IngestOutcome> IngestAsync(FilingGraph filing, CancellationToken ct = default) => inner.IngestAsync(filing, ct);
    public Task<IngestBatchResult> IngestBatchAsync(IReadOnlyList<FilingGraph> filings, CancellationToken ct = default) => inner.IngestBatchAsync(filings, ct);
    public Task<GraphStats> GetStatsAsync(CancellationToken ct = default) => Read(nameof(GetStatsAsync), () => inner.GetStatsAsync(ct), ct);
    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Read(nameof(GetEntitiesAsync), () => inner.GetEntitiesAsync(ids, ct), ct);
    public Task<IReadOnlyList<Entity>> FindByNameKeysAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default) =>
        Read(nameof(FindByNameKeysAsync), () => inner.FindByNameKeysAsync(keys, ct), ct);
    public Task<Page<Entity>> SearchEntitiesAsync(string? search, string? type, int first, string? after, CancellationToken ct = default) =>
        Read(nameof(SearchEntitiesAsync), () => inner.SearchEntitiesAsync(search, type, first, after, ct), ct);
    public Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPartyLink>>> GetRelatedPartiesAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct = default) =>
        Read(nameof(GetRelatedPartiesAsync), () => inner.GetRelatedPartiesAsync(entityIds, ct), ct);
    public Task<IReadOnlyDictionary<string, IReadOnlyList<SameAsLink>>> GetSameAsAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct = default) =>
        Read(nameof(GetSameAsAsync), () => inner.GetSameAsAsync(entityIds, ct), ct);
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Counterparty>>> GetCounterpartiesAsync(IReadOnlyCollection<string> entityIds, EdgeFilter filter, CancellationToken ct = default) =>
        Read(nameof(GetCounterpartiesAsync), () => inner.GetCounterpartiesAsync(entityIds, filter, ct), ct);
    public Task<IReadOnlyDictionary<string, Filing>> GetFilingsAsync(IReadOnlyCollection<string> filingIds, CancellationToken ct = default) =>
        Read(nameof(GetFilingsAsync), () => inner.GetFilingsAsync(filingIds, ct), ct);
    public Task<Page<Filing>> ListFilingsAsync(string? reporterId, int first, string? after, CancellationToken ct = default) =>
        Read(nameof(ListFilingsAsync), () => inner.ListFilingsAsync(reporterId, first, after, ct), ct);
    public Task<Page<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken ct = default) =>
        Read(nameof(GetEdgesAsync), () => inner.GetEdgesAsync(query, ct), ct);
    public Task<Network> GetNetworkAsync(string rootId, int depth, EdgeFilter filter, int limit, int edgeLimit, CancellationToken ct = default) =>
        Read(nameof(GetNetworkAsync), () => inner.GetNetworkAsync(rootId, depth, filter, limit, edgeLimit, ct), ct);
    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(string fromId, string toId, int maxHops, EdgeFilter filter, int first, CancellationToken ct = default) =>
        Read(nameof(FindPathsAsync), () => inner.FindPathsAsync(fromId, toId, maxHops, filter, first, ct), ct);
    public Task<IReadOnlyList<SharedCounterparty>> GetSharedCounterpartiesAsync(IReadOnlyList<string> entityIds, EdgeFilter filter, CancellationToken ct = default) =>
        Read(nameof(GetSharedCounterpartiesAsync), () => inner.GetSharedCounterpartiesAsync(entityIds, filter, ct), ct);
    public Task<IReadOnlyList<Change>> GetChangesAsync(string entityId, int fromYear, int toYear, CancellationToken ct = default) =>
        Read(nameof(GetChangesAsync), () => inner.GetChangesAsync(entityId, fromYear, toYear, ct), ct);
    public Task<SameAsLink> MergeAsync(string entityId, string targetId, string method, double score, string by, string? reason, CancellationToken ct = default) =>
        inner.MergeAsync(entityId, targetId, method, score, by, reason, ct);
    public Task<bool> UnmergeAsync(string linkOrEntityId, CancellationToken ct = default) => inner.UnmergeAsync(linkOrEntityId, ct);
    public Task<IReadOnlyList<MergeSuggestion>> SuggestMergesAsync(int limit, CancellationToken ct = default) => inner.SuggestMergesAsync(limit, ct);
    public IAsyncEnumerable<Entity> ReadEntitiesAsync(CancellationToken ct = default) => inner.ReadEntitiesAsync(ct);
    public IAsyncEnumerable<Filing> ReadFilingsAsync(CancellationToken ct = default) => inner.ReadFilingsAsync(ct);
    public IAsyncEnumerable<GraphEdge> ReadEdgesAsync(CancellationToken ct = default) => inner.ReadEdgesAsync(ct);
    public IAsyncEnumerable<RelatedPartyLink> ReadRelatedPartiesAsync(CancellationToken ct = default) => inner.ReadRelatedPartiesAsync(ct);
    public IAsyncEnumerable<SameAsLink> ReadSameAsAsync(CancellationToken ct = default) => inner.ReadSameAsAsync(ct);

    // The inner store belongs to the test's TestGraph, which disposes it.
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
