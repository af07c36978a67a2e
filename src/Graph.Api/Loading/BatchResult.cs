using GraphQL.DataLoader;

namespace Graph.Api.Loading;

/// <summary>
/// A value that will be available once its batch has been fetched. Returning it from a resolver
/// tells GraphQL.NET to come back for it after the rest of the level has resolved.
/// </summary>
public sealed class BatchResult<T> : IDataLoaderResult<T?>
{
    private readonly Func<CancellationToken, Task<T?>> resolve;

    public BatchResult(Func<CancellationToken, Task<T?>> resolve)
    {
        this.resolve = resolve;
    }

    public Task<T?> GetResultAsync(CancellationToken cancellationToken = default) => resolve(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await resolve(cancellationToken).ConfigureAwait(false);

    /// <summary>A result computed from this one once it is loaded, still deferred.</summary>
    public BatchResult<TOut> Then<TOut>(Func<T?, TOut?> map) =>
        new(async ct => map(await resolve(ct).ConfigureAwait(false)));
}
