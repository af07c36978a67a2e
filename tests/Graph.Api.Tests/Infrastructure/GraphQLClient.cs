using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests as a client would and exposes the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? apiKey = null, CancellationToken ct = default)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        return await SendAsync(request, ct);
    }

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request, CancellationToken ct = default)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        return new GraphQLResponse(response.StatusCode, text, JsonNode.Parse(text)?.AsObject() ?? []);
    }
}

public sealed record GraphQLResponse(HttpStatusCode Status, string Text, JsonObject Body)
{
    public JsonNode? Data => Body["data"];

    public JsonArray Errors => Body["errors"]?.AsArray() ?? [];

    public IReadOnlyList<string> ErrorCodes =>
        Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>() ?? "(none)").ToList();

    /// <summary>Fails with the whole response when the request did not succeed cleanly.</summary>
    public JsonNode Ok()
    {
        Assert.True(Status == HttpStatusCode.OK && Errors.Count == 0, $"HTTP {(int)Status}: {Text}");
        return Data ?? throw new InvalidOperationException("no data: " + Text);
    }
}
