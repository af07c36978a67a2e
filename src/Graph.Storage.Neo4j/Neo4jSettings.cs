namespace Graph.Storage.Neo4j;

/// <summary>
/// Where and as whom to reach Neo4j's HTTP Query API. <see cref="Uri"/> is the HTTP(S) base
/// address (http://localhost:7474, or https://xxxx.databases.neo4j.io for Aura).
/// Either <see cref="BearerToken"/> or <see cref="User"/>/<see cref="Password"/> authenticate; neither means no auth.
/// </summary>
public sealed record Neo4jSettings
{
    public const string DefaultUri = "http://localhost:7474";
    public const string DefaultDatabase = "neo4j";

    public Uri Uri { get; init; } = new(DefaultUri);
    public string Database { get; init; } = DefaultDatabase;
    public string? User { get; init; }
    public string? Password { get; init; }
    public string? BearerToken { get; init; }
    /// <summary>Per-request timeout; a statement that runs longer fails rather than hanging the caller.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Read NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE and NEO4J_TOKEN through
    /// <paramref name="lookup"/> (environment variables, or an IConfiguration indexer). NEO4J_AUTH in
    /// the docker image's "user/password" form is accepted when NEO4J_USER and NEO4J_PASSWORD are unset.
    /// </summary>
    /// <exception cref="ArgumentException">NEO4J_URI is not an absolute http(s) address.</exception>
    public static Neo4jSettings FromLookup(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        string? Get(string name) => lookup(name) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var user = Get("NEO4J_USER") ?? Get("NEO4J_USERNAME");
        var password = Get("NEO4J_PASSWORD");
        if (user is null && password is null && Get("NEO4J_AUTH") is { } auth && auth != "none")
        {
            var slash = auth.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0)
            {
                user = auth[..slash];
                password = auth[(slash + 1)..];
            }
        }
        return new Neo4jSettings
        {
            Uri = ParseUri(Get("NEO4J_URI") ?? DefaultUri),
            Database = Get("NEO4J_DATABASE") ?? DefaultDatabase,
            User = user,
            Password = password,
            BearerToken = Get("NEO4J_TOKEN"),
        };
    }

    public static Neo4jSettings FromEnvironment() => FromLookup(Environment.GetEnvironmentVariable);

    /// <summary>Check an address given for the Query API, with a clear message for Bolt addresses.</summary>
    public static Uri ParseUri(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!System.Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri))
            throw new ArgumentException($"The Neo4j address '{text}' is not an absolute URI (e.g. http://localhost:7474).");
        if (uri.Scheme is "bolt" or "bolt+s" or "bolt+ssc" or "neo4j" or "neo4j+s" or "neo4j+ssc")
            throw new ArgumentException(
                $"'{text}' is a Bolt address; this store speaks Neo4j's HTTP Query API: give the HTTP address instead (e.g. http://localhost:7474, or https://<id>.databases.neo4j.io for Aura).");
        if (uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"The Neo4j address '{text}' must be http:// or https://.");
        return uri;
    }
}
