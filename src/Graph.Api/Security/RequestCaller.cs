namespace Graph.Api.Security;

/// <summary>
/// The GraphQL user context of one request: who is calling, as far as this API cares.
/// GraphQL.NET wants a dictionary; the typed property saves resolvers from string lookups.
/// </summary>
public sealed class RequestCaller : Dictionary<string, object?>
{
    public RequestCaller(bool hasValidApiKey)
    {
        HasValidApiKey = hasValidApiKey;
    }

    public bool HasValidApiKey { get; }
}
