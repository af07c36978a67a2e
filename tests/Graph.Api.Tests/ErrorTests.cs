using System.Net;
using System.Text;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests;

/// <summary>Bad input of every kind gets a GraphQL error with a code, never a stack trace or a hang.</summary>
public sealed class ErrorTests : IAsyncLifetime
{
    private TestGraph graph = null!;
    private TestServer server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        graph = await TestGraph.CreateAsync(Ct);
        server = await TestServer.StartAsync(graph.Store, TestServer.DefaultOptions with { MaxPageSize = 100, MaxDepth = 8, MaxComplexity = 5_000 }, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        await graph.DisposeAsync();
    }

    private static void AssertNoInternals(GraphQLResponse response)
    {
        Assert.DoesNotContain("   at ", response.Text);
        Assert.DoesNotContain("Exception", response.Text);
        Assert.All(response.ErrorCodes, code => Assert.NotEqual("(none)", code));
    }

    private async Task<GraphQLResponse> PostRawAsync(string body, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return await server.Client.SendAsync(request, Ct);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": \"{ stats { filings } }\", \"variables\": \"nope\"}")]
    public async Task Malformed_json_bodies_are_400_invalid_request(string body)
    {
        var response = await PostRawAsync(body, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
        AssertNoInternals(response);
    }

    [Fact]
    public async Task Missing_query_is_400()
    {
        var response = await PostRawAsync("{}", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Unsupported_media_type_is_415()
    {
        var response = await PostRawAsync("query=1", "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Syntax_errors_are_400_with_a_location()
    {
        var response = await server.Client.PostAsync("{ entities(first: ) { totalCount ", ct: Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["SYNTAX_ERROR"], response.ErrorCodes);
        Assert.NotNull(response.Errors[0]!["locations"]);
        AssertNoInternals(response);
    }

    [Fact]
    public async Task Unknown_fields_and_bad_enum_values_fail_validation()
    {
        var response = await server.Client.PostAsync("{ entities(type: ROBOT) { totalCount nope } }", ct: Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.True(response.Errors.Count >= 2, response.Text);
        AssertNoInternals(response);
    }

    [Theory]
    [InlineData("{ entities(first: 101) { totalCount } }", "PAGE_SIZE_EXCEEDED")]
    [InlineData("{ entities(first: 0) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ edges(first: -5) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ network(root: \"x\", depth: 9) { omitted } }", "LIMIT_EXCEEDED")]
    [InlineData("{ network(root: \"x\", limit: 3000) { omitted } }", "LIMIT_EXCEEDED")]
    [InlineData("{ network(root: \"x\", edgeLimit: 30000) { omitted } }", "LIMIT_EXCEEDED")]
    [InlineData("{ network(root: \"x\", edgeLimit: -1) { omitted } }", "BAD_USER_INPUT")]
    [InlineData("{ paths(from: \"a\", to: \"b\", maxHops: 50) { hops } }", "LIMIT_EXCEEDED")]
    [InlineData("{ edges(filter: { yearFrom: 2024, yearTo: 2020 }) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ edges(filter: { minAmount: 10, maxAmount: 1 }) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ sharedCounterparties(entities: [\"a\"]) { linkedToIds } }", "BAD_USER_INPUT")]
    [InlineData("{ changes(entity: \"a\", fromYear: 2024, toYear: 2023) { kind } }", "BAD_USER_INPUT")]
    [InlineData("{ entities(after: \"garbage-cursor\") { totalCount } }", "BAD_USER_INPUT")]
    public async Task Out_of_range_arguments_get_coded_errors(string query, string code)
    {
        var response = await server.Client.PostAsync(query, ct: Ct);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains(code, response.ErrorCodes);
        AssertNoInternals(response);
    }

    [Fact]
    public async Task Documents_nested_deeper_than_the_limit_are_refused_before_execution()
    {
        // entity → counterparties → entity → counterparties → ... nine levels deep.
        var query = "{ entity(id: \"x\") { counterparties { entity { counterparties { entity { counterparties { entity { counterparties { entity { name } } } } } } } } } }";
        var response = await server.Client.PostAsync(query, ct: Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(response.Errors, e => e!["message"]!.GetValue<string>().Contains("depth", StringComparison.OrdinalIgnoreCase));
        AssertNoInternals(response);
    }

    [Fact]
    public async Task Documents_above_the_complexity_limit_are_refused_before_execution()
    {
        var query = "{ edges(first: 100) { edges { node { from { counterparties { entity { name aliases } totals { amount kind year } } } } } } }";
        var response = await server.Client.PostAsync(query, ct: Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(response.Errors, e => e!["message"]!.GetValue<string>().Contains("complexity", StringComparison.OrdinalIgnoreCase));
        AssertNoInternals(response);
    }

    [Fact]
    public async Task Mutations_over_get_are_405()
    {
        var query = Uri.EscapeDataString("mutation { unmerge(id: \"x\") }");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"graphql?query={query}");
        var response = await server.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["MUTATION_OVER_GET"], response.ErrorCodes);
    }

    [Fact]
    public async Task Deep_queries_over_get_still_meet_the_depth_limit()
    {
        var query = Uri.EscapeDataString("{ entity(id: \"x\") { counterparties { entity { counterparties { entity { counterparties { entity { counterparties { entity { name } } } } } } } } } }");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"graphql?query={query}");
        var response = await server.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(response.Errors, e => e!["message"]!.GetValue<string>().Contains("depth", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Oversized_query_documents_are_refused()
    {
        var query = "{ stats { filings } }" + new string(' ', 100_001);
        var response = await server.Client.PostAsync(query, ct: Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["LIMIT_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Other_methods_on_graphql_are_405()
    {
        using var response = await server.Http.DeleteAsync("graphql", Ct);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task A_document_seen_before_is_still_checked_for_complexity_with_new_variables()
    {
        const string query = "query($n: Int) { edges(first: $n) { edges { node { from { counterparties { entity { name aliases } totals { amount kind year } } } } } } }";
        (await server.Client.PostAsync(query, new { n = 1 }, ct: Ct)).Ok();

        var response = await server.Client.PostAsync(query, new { n = 100 }, ct: Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(response.Errors, e => e!["message"]!.GetValue<string>().Contains("complexity", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_mutation_seen_over_post_is_still_refused_over_get()
    {
        const string mutation = "mutation { unmerge(id: \"cached-mutation\") }";
        var posted = await server.Client.PostAsync(mutation, ct: Ct);
        Assert.Equal(["UNAUTHENTICATED"], posted.ErrorCodes);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"graphql?query={Uri.EscapeDataString(mutation)}");
        var response = await server.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["MUTATION_OVER_GET"], response.ErrorCodes);
    }

    [Fact]
    public async Task Variables_of_the_wrong_type_are_refused_with_a_code()
    {
        var response = await server.Client.PostAsync("query($n: Int) { entities(first: $n) { totalCount } }", new { n = "many" }, ct: Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.NotEmpty(response.Errors);
        AssertNoInternals(response);
    }
}
