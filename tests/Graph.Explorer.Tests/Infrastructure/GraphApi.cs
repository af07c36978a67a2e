using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Explorer.Tests.Infrastructure;

/// <summary>Asks the running server the same questions the page asks, to check the drawing against.</summary>
public sealed class GraphApi(Uri baseAddress) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("graphql", new { query, variables }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        if (body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            throw new InvalidOperationException($"GraphQL errors: {errors}");
        return body.GetProperty("data");
    }

    /// <summary>The network the page draws by default for a root (the API's defaults: depth 2, 200 nodes).</summary>
    public async Task<NetworkAnswer> NetworkAsync(string root, object? filter = null, int depth = 2, int limit = 200)
    {
        var data = await QueryAsync(
            """
            query($root: ID!, $depth: Int, $limit: Int, $filter: EdgeFilter) {
              network(root: $root, depth: $depth, limit: $limit, filter: $filter) {
                truncated omitted
                nodes { id name isReporter }
                edges { id fromId toId year kind amount currency evidence { quote } }
              }
            }
            """,
            new { root, depth, limit, filter });
        var network = data.GetProperty("network");
        return new NetworkAnswer(
            [.. network.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)],
            [.. network.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)],
            network.GetProperty("truncated").GetBoolean(),
            network.GetProperty("omitted").GetInt32(),
            network);
    }

    public void Dispose() => http.Dispose();
}

public sealed record NetworkAnswer(IReadOnlyList<string> NodeIds, IReadOnlyList<string> EdgeIds, bool Truncated, int Omitted, JsonElement Raw);
