using System.Text.RegularExpressions;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests;

/// <summary>
/// src/Graph.Api/schema.graphql is the published contract (clients and the explorer rely on its
/// names): it must be exactly what the server serves. Set UPDATE_SCHEMA=1 to rewrite it after an
/// intended change.
/// </summary>
public sealed class SchemaTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Committed => Path.Combine(RepositoryPaths.Root, "src", "Graph.Api", "schema.graphql");

    [Fact]
    public async Task The_committed_schema_file_matches_the_served_schema()
    {
        await using var graph = await TestGraph.CreateAsync(Ct, withNotes: false);
        await using var server = await TestServer.StartAsync(graph.Store, ct: Ct);
        var served = await server.Http.GetStringAsync("graphql/schema.graphql", Ct);

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
            await File.WriteAllTextAsync(Committed, served, Ct);

        Assert.True(File.Exists(Committed), $"{Committed} is missing: run the tests once with UPDATE_SCHEMA=1.");
        Assert.Equal(await File.ReadAllTextAsync(Committed, Ct), served);
    }

    [Theory]
    [InlineData("type Query")]
    [InlineData("entities(search: String, type: PartyType, first: Int, after: String): EntityConnection!")]
    [InlineData("entity(id: ID!): Entity")]
    [InlineData("edges(filter: EdgeFilter, orderBy: EdgeOrder, first: Int, after: String): EdgeConnection!")]
    [InlineData("network(root: ID!, depth: Int = 2, filter: EdgeFilter, limit: Int = 200, edgeLimit: Int = 1000): Network!")]
    [InlineData("paths(from: ID!, to: ID!, maxHops: Int = 4, filter: EdgeFilter, first: Int = 5): [Path!]!")]
    [InlineData("sharedCounterparties(entities: [ID!]!, filter: EdgeFilter): [SharedCounterparty!]!")]
    [InlineData("changes(entity: ID!, fromYear: Int!, toYear: Int!): [Change!]!")]
    [InlineData("filings(reporter: ID, first: Int, after: String): FilingConnection!")]
    [InlineData("ingestNote(input: IngestNoteInput!): IngestResult!")]
    [InlineData("mergeEntities(ids: [ID!]!, reason: String): [SameAs!]!")]
    [InlineData("unmerge(id: ID!): Boolean!")]
    [InlineData("DUE_FROM")]
    [InlineData("REVENUE")]
    public async Task The_fixed_names_of_the_issue_are_served(string fragment)
    {
        await using var graph = await TestGraph.CreateAsync(Ct, withNotes: false);
        await using var server = await TestServer.StartAsync(graph.Store, ct: Ct);
        var served = await server.Http.GetStringAsync("graphql/schema.graphql", Ct);
        // Compare signatures without descriptions and line breaks.
        var signatures = Regex.Replace(Regex.Replace(served, "\"[^\"]*\"", ""), @"\s+", " ").Replace("( ", "(");
        Assert.Contains(fragment, signatures);
    }
}
