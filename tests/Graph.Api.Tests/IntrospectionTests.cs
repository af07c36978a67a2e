using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests;

/// <summary>Client tools (GraphiQL, Altair, Postman, code generators) introspect the schema first: that must pass the limits.</summary>
public sealed class IntrospectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // graphql-js getIntrospectionQuery() with descriptions, as the common tools send it.
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    [Fact]
    public async Task The_standard_introspection_query_is_answered()
    {
        await using var graph = await TestGraph.CreateAsync(Ct, withNotes: false);
        await using var server = await TestServer.StartAsync(graph.Store, ct: Ct);
        var data = (await server.Client.PostAsync(IntrospectionQuery, ct: Ct)).Ok();
        var types = data["__schema"]!["types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("Entity", types);
        Assert.Contains("FactKind", types);
        Assert.Equal("Mutation", data["__schema"]!["mutationType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Introspection_aliased_many_times_over_is_still_too_complex()
    {
        await using var graph = await TestGraph.CreateAsync(Ct, withNotes: false);
        await using var server = await TestServer.StartAsync(graph.Store, ct: Ct);
        var copies = string.Join(" ", Enumerable.Range(0, 20).Select(i => $"s{i}: __schema {{ types {{ ...FullType }} }}"));
        var query = IntrospectionQuery.Replace("query IntrospectionQuery {", "query IntrospectionQuery { " + copies);
        var response = await server.Client.PostAsync(query, ct: Ct);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("COMPLEXITY", response.ErrorCodes);
    }
}
