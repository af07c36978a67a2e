using Graph.Core.Storage;
using Graph.Storage.Neo4j;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Cli.Stores;

/// <summary>
/// Opens the Neo4j store over the HTTP Query API: address and database from --neo4j-uri and
/// --neo4j-database, else NEO4J_URI and NEO4J_DATABASE; credentials from NEO4J_USER and
/// NEO4J_PASSWORD (or NEO4J_AUTH as user/password, or NEO4J_TOKEN for bearer auth). Sets up the
/// schema, which also checks that the server answers and accepts the credentials. Failures come
/// out as <see cref="InvalidOperationException"/> with the address in the message, which the
/// commands report as "cannot open the store".
/// </summary>
internal static class Neo4jStoreOpener
{
    public static async Task<IGraphStore> OpenAsync(StoreSettings settings, CancellationToken ct)
    {
        Neo4jSettings neo4j;
        try
        {
            neo4j = Neo4jSettings.FromEnvironment();
            if (!string.IsNullOrWhiteSpace(settings.Neo4jUri))
                neo4j = neo4j with { Uri = Neo4jSettings.ParseUri(settings.Neo4jUri) };
            if (!string.IsNullOrWhiteSpace(settings.Neo4jDatabase))
                neo4j = neo4j with { Database = settings.Neo4jDatabase.Trim() };
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }

        var store = Neo4jGraphStore.Connect(neo4j);
        try
        {
            await store.InitializeAsync(ct);
            return store;
        }
        catch (Neo4jException e)
        {
            await store.DisposeAsync();
            var hint = e.IsUnauthorized ? " Check NEO4J_USER and NEO4J_PASSWORD." : "";
            throw new InvalidOperationException($"Neo4j at {neo4j.Uri} (database '{neo4j.Database}'): {e.Message}{hint}", e);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
