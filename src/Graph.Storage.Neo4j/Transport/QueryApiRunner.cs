using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Graph.Storage.Neo4j.Transport;

/// <summary>
/// <see cref="ICypherRunner"/> over Neo4j's HTTP Query API v2 (Neo4j 5.19+, Aura), speaking
/// typed JSON both ways so integers and floats cross without precision loss. Like a driver
/// session it chains bookmarks: each reply's bookmarks go with the next statement, so on a
/// cluster a read always sees the writes this runner made before it.
/// </summary>
public sealed class QueryApiRunner : ICypherRunner
{
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly string _queryPath;
    private readonly TimeSpan _timeout;
    private readonly AuthenticationHeaderValue? _authorization;
    private IReadOnlyList<string> _bookmarks = [];

    /// <param name="settings">Address, database and credentials.</param>
    /// <param name="http">An HttpClient to use (not disposed here); null creates one.</param>
    public QueryApiRunner(Neo4jSettings settings, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(settings.Database))
            throw new ArgumentException("The Neo4j database name is empty.", nameof(settings));
        _ownsHttp = http is null;
        _timeout = settings.RequestTimeout;
        _http = http ?? new HttpClient { Timeout = settings.RequestTimeout };
        var baseUri = settings.Uri.AbsoluteUri.TrimEnd('/');
        _queryPath = $"{baseUri}/db/{Uri.EscapeDataString(settings.Database)}/query/v2";
        _authorization = settings switch
        {
            { BearerToken: { } token } => new AuthenticationHeaderValue("Bearer", token),
            { User: { } user } => new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{settings.Password}"))),
            _ => null,
        };
    }

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return (await PostAsync(_queryPath, statement, affinity: null, ct, sendBookmarks: true).ConfigureAwait(false)).Result;
    }

    public Task<ICypherTransaction> BeginTransactionAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult<ICypherTransaction>(new QueryApiTransaction(this, _queryPath + "/tx"));
    }

    /// <summary>
    /// POST one statement (or none, for commit) and read the reply, throwing on any reported error.
    /// Bookmarks go with statements that start a transaction (auto-commit, or opening an explicit one).
    /// </summary>
    internal async Task<QueryApiReply> PostAsync(string url, CypherStatement? statement, string? affinity, CancellationToken ct, bool sendBookmarks = false)
    {
        var bookmarks = sendBookmarks ? Volatile.Read(ref _bookmarks) : [];
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Body(statement, bookmarks) };
        return await SendAsync(request, affinity, ct).ConfigureAwait(false);
    }

    internal async Task<QueryApiReply> DeleteAsync(string url, string? affinity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        return await SendAsync(request, affinity, ct).ConfigureAwait(false);
    }

    private async Task<QueryApiReply> SendAsync(HttpRequestMessage request, string? affinity, CancellationToken ct)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson.MediaType));
        request.Headers.Authorization = _authorization;
        if (affinity is not null)
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException($"Neo4j is not reachable at {request.RequestUri}: {e.Message}", 0, e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation; the caller did not cancel.
            throw new Neo4jException($"Neo4j did not answer {request.RequestUri} within {_timeout.TotalSeconds:0.#} s.", 0, e);
        }
        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
            var echoed = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            var reply = QueryApiReply.Parse((int)response.StatusCode, body, echoed ?? affinity, request.RequestUri);
            if (reply.Result.Bookmarks.Count > 0)
                Volatile.Write(ref _bookmarks, reply.Result.Bookmarks);
            return reply;
        }
    }

    private static ByteArrayContent Body(CypherStatement? statement, IReadOnlyList<string> bookmarks)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (statement is not null)
            {
                writer.WriteString("statement", statement.Text);
                writer.WriteStartObject("parameters");
                foreach (var (name, value) in statement.Parameters)
                {
                    writer.WritePropertyName(name);
                    TypedJson.WriteValue(writer, value);
                }
                writer.WriteEndObject();
                if (bookmarks.Count > 0)
                {
                    writer.WriteStartArray("bookmarks");
                    foreach (var bookmark in bookmarks)
                        writer.WriteStringValue(bookmark);
                    writer.WriteEndArray();
                }
            }
            writer.WriteEndObject();
        }
        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson.MediaType);
        return content;
    }

    public ValueTask DisposeAsync()
    {
        if (_ownsHttp)
            _http.Dispose();
        return ValueTask.CompletedTask;
    }
}
