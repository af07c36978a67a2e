namespace Graph.Storage.Neo4j.Transport;

/// <summary>
/// An explicit Query API transaction. It opens on its first statement (<c>POST …/tx</c> carries
/// that statement), so an empty transaction costs no request; later statements go to
/// <c>…/tx/{id}</c>, commit to <c>…/tx/{id}/commit</c>, rollback is <c>DELETE …/tx/{id}</c>.
/// The <c>neo4j-cluster-affinity</c> header of the opening reply is sent back on each later request,
/// so that a cluster routes them to the member that holds the transaction.
/// </summary>
internal sealed class QueryApiTransaction(QueryApiRunner runner, string txPath) : ICypherTransaction
{
    private string? _id;
    private string? _affinity;
    private bool _finished;

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ObjectDisposedException.ThrowIf(_finished, this);
        try
        {
            if (_id is null)
            {
                var opened = await runner.PostAsync(txPath, statement, affinity: null, ct, sendBookmarks: true).ConfigureAwait(false);
                _id = opened.TransactionId
                    ?? throw new Neo4jException("Neo4j opened a transaction but its reply carries no transaction id.");
                _affinity = opened.Affinity;
                return opened.Result;
            }
            var reply = await runner.PostAsync(TxUrl, statement, _affinity, ct).ConfigureAwait(false);
            return reply.Result;
        }
        catch (Neo4jException)
        {
            // A failed statement ends the transaction. The server rolls it back itself; the DELETE
            // only makes sure of it and may find nothing left to close.
            await RollbackQuietlyAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        if (_id is not null)
            await runner.PostAsync(TxUrl + "/commit", statement: null, _affinity, ct).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken ct = default)
    {
        if (_finished)
            return;
        _finished = true;
        if (_id is not null)
            await runner.DeleteAsync(TxUrl, _affinity, ct).ConfigureAwait(false);
    }

    private string TxUrl => $"{txPath}/{Uri.EscapeDataString(_id!)}";

    public ValueTask DisposeAsync() => new(RollbackQuietlyAsync());

    /// <summary>
    /// Roll back without throwing: it runs while another exception is on its way out, which it
    /// must not hide; a server that cannot be reached expires the transaction by itself.
    /// </summary>
    private async Task RollbackQuietlyAsync()
    {
        if (_finished)
            return;
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
        }
        finally
        {
            _finished = true;
        }
    }
}
