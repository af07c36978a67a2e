namespace Graph.Api.Loading;

/// <summary>
/// Collects the keys requested while one level of a GraphQL document resolves and fetches them
/// in a single call when the executor asks for the first result. GraphQL.NET resolves every
/// <see cref="GraphQL.DataLoader.IDataLoaderResult"/> only after all other nodes of the level
/// have run, so a level of N parents costs one store round trip instead of N.
/// One instance lives for one request; resolvers run in parallel, hence the lock.
/// </summary>
public sealed class BatchLoader<TKey, TValue> where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch;
    private readonly Lock gate = new();
    private readonly HashSet<TKey> pending = [];
    private readonly Dictionary<TKey, Task<IReadOnlyDictionary<TKey, TValue>>> batches = [];

    public BatchLoader(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    {
        this.fetch = fetch;
    }

    /// <summary>Registers the key for the next batch and returns a result the executor defers.</summary>
    public BatchResult<TValue> Load(TKey key)
    {
        lock (gate)
        {
            if (!batches.ContainsKey(key)) pending.Add(key);
        }
        return new BatchResult<TValue>(ct => GetAsync(key, ct));
    }

    /// <summary>Several keys in one deferred result; missing keys are left out.</summary>
    public BatchResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var results = keys.Select(Load).ToList();
        return new BatchResult<IReadOnlyList<TValue>>(async ct =>
        {
            var values = new List<TValue>(results.Count);
            foreach (var result in results)
            {
                if (await result.GetResultAsync(ct).ConfigureAwait(false) is { } value) values.Add(value);
            }
            return values;
        });
    }

    /// <summary>Makes values already in hand (a network's nodes) available without a round trip.</summary>
    public void Prime(IEnumerable<KeyValuePair<TKey, TValue>> values)
    {
        var known = values.ToDictionary(v => v.Key, v => v.Value);
        if (known.Count == 0) return;
        var done = Task.FromResult<IReadOnlyDictionary<TKey, TValue>>(known);
        lock (gate)
        {
            foreach (var key in known.Keys)
            {
                if (batches.ContainsKey(key)) continue;
                batches[key] = done;
                pending.Remove(key);
            }
        }
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken ct)
    {
        Task<IReadOnlyDictionary<TKey, TValue>> batch;
        lock (gate)
        {
            if (!batches.TryGetValue(key, out batch!))
            {
                pending.Add(key);
                var keys = pending.ToList();
                pending.Clear();
                batch = fetch(keys, ct);
                foreach (var k in keys) batches[k] = batch;
            }
        }
        var values = await batch.ConfigureAwait(false);
        return values.TryGetValue(key, out var value) ? value : default;
    }
}
