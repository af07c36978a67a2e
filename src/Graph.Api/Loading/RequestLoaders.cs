using System.Collections.Concurrent;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Api.Loading;

/// <summary>
/// The batch loaders of one HTTP request (scoped), one per store batch method. Counterparty
/// loaders are kept per filter, since keys asked with different filters cannot share a call.
/// </summary>
public sealed class RequestLoaders
{
    private readonly IGraphStore store;
    private readonly ConcurrentDictionary<string, BatchLoader<string, IReadOnlyList<Counterparty>>> counterparties = new();

    public RequestLoaders(IGraphStore store)
    {
        this.store = store;
        Entities = new(async (ids, ct) => await store.GetEntitiesAsync(ids, ct).ConfigureAwait(false));
        Filings = new(async (ids, ct) => await store.GetFilingsAsync(ids, ct).ConfigureAwait(false));
        RelatedParties = new(async (ids, ct) => await store.GetRelatedPartiesAsync(ids, ct).ConfigureAwait(false));
        SameAs = new(async (ids, ct) => await store.GetSameAsAsync(ids, ct).ConfigureAwait(false));
    }

    public BatchLoader<string, Entity> Entities { get; }

    public BatchLoader<string, Filing> Filings { get; }

    public BatchLoader<string, IReadOnlyList<RelatedPartyLink>> RelatedParties { get; }

    public BatchLoader<string, IReadOnlyList<SameAsLink>> SameAs { get; }

    public BatchLoader<string, IReadOnlyList<Counterparty>> Counterparties(EdgeFilter filter) =>
        counterparties.GetOrAdd(EdgeFilterKey.Of(filter), _ => new BatchLoader<string, IReadOnlyList<Counterparty>>(
            async (ids, ct) => await store.GetCounterpartiesAsync(ids, filter, ct).ConfigureAwait(false)));

    /// <summary>Entities a traversal already returned: fields asking for them need no round trip.</summary>
    public void PrimeEntities(IEnumerable<Entity> entities) =>
        Entities.Prime(entities.DistinctBy(e => e.Id).Select(e => KeyValuePair.Create(e.Id, e)));
}
