namespace Graph.Storage.Neo4j.Transport;

/// <summary>
/// The store's whole transport: run a parameterised statement and read its rows, alone (auto-commit)
/// or inside an explicit transaction. The HTTP Query API implements it in <see cref="QueryApiRunner"/>;
/// a Bolt transport would be one more implementation of this interface.
/// </summary>
public interface ICypherRunner : IAsyncDisposable
{
    /// <summary>Run one statement in its own transaction.</summary>
    Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct = default);

    /// <summary>
    /// Start an explicit transaction. Disposing it without <see cref="ICypherTransaction.CommitAsync"/>
    /// rolls it back.
    /// </summary>
    Task<ICypherTransaction> BeginTransactionAsync(CancellationToken ct = default);
}

/// <summary>An explicit transaction: statements run in order, then commit or roll back as one.</summary>
public interface ICypherTransaction : IAsyncDisposable
{
    Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct = default);
    Task CommitAsync(CancellationToken ct = default);
    Task RollbackAsync(CancellationToken ct = default);
}
