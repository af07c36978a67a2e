using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Api.Tests;

/// <summary>
/// Each investigative question in queries/*.graphql, run as written against the demo data
/// (samples/ ingested as <c>graph demo</c> does), must answer with meaningful data. Variables are
/// chosen from the data itself, the way a user would pick them after a search.
/// </summary>
public sealed class DemoQueriesTests(DemoGraph demo) : IClassFixture<DemoGraph>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> QueryFiles() =>
        new(Directory.GetFiles(RepositoryPaths.Queries, "*.graphql").Select(Path.GetFileName).Order().Cast<string>());

    [Fact]
    public void The_samples_were_ingested()
    {
        Assert.NotEmpty(demo.Outcomes);
        var failed = demo.Outcomes.Where(o => o.Result is null).Select(o => $"{Path.GetFileName(o.File)}: {o.Error}").ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed));
        Assert.All(demo.Outcomes, o => Assert.True(o.Result!.Outcome.EdgesWritten > 0, $"{o.File} produced no edges"));
    }

    [Theory]
    [MemberData(nameof(QueryFiles))]
    public async Task Query_file_answers_with_data(string file)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Queries, file), Ct);
        var variables = await VariablesFor(file);
        var data = (await demo.Server.Client.PostAsync(query, variables, ct: Ct)).Ok();
        Check(file, data);
    }

    private async Task<object> VariablesFor(string file)
    {
        var store = demo.Store;
        var reporters = await Reporters(store);
        switch (file)
        {
            case "company-web.graphql":
                return new { id = (await BusiestReporter(store, reporters)).Id, yearFrom = (int?)null, yearTo = (int?)null };
            case "who-links-two-companies.graphql":
            {
                var (a, b) = await TwoLinkedCompanies(store, reporters);
                return new { from = a, to = b, maxHops = 4 };
            }
            case "shared-counterparties.graphql":
            {
                // The samples' reporters name no common party, so ask what two parties of one
                // note share: their reporter. Reporters sharing a supplier are found the same way.
                var (a, b) = await TwoLinkedCompanies(store, reporters);
                return new { entities = new[] { a, b } };
            }
            case "biggest-flows-by-year.graphql":
            {
                var edges = await AllEdges(store);
                var year = edges.Where(e => e.Category == EdgeCategory.Transaction && e.Year is not null)
                    .GroupBy(e => e.Year!.Value).OrderByDescending(g => g.Count()).First().Key;
                return new { year, first = 20 };
            }
            case "prepayments-to-related-parties.graphql":
                return new { first = 50 };
            case "year-over-year-changes.graphql":
            {
                var edges = await AllEdges(store);
                var (id, from, to) = edges.Where(e => e.Year is not null)
                    .GroupBy(e => e.ReportedBy)
                    .Select(g => (Id: g.Key, Years: g.Select(e => e.Year!.Value).Distinct().Order().ToList()))
                    .Where(r => r.Years.Count >= 2)
                    .Select(r => (r.Id, r.Years[^2], r.Years[^1]))
                    .First();
                return new { id, fromYear = from, toYear = to };
            }
            default:
                Assert.Fail($"queries/{file} has no variables in this test: add a case so it is executed against the demo data.");
                return new { };
        }
    }

    private static void Check(string file, JsonNode data)
    {
        switch (file)
        {
            case "company-web.graphql":
                Assert.False(string.IsNullOrEmpty(data["entity"]!["name"]!.GetValue<string>()));
                Assert.NotEmpty(data["entity"]!["counterparties"]!.AsArray());
                Assert.All(data["entity"]!["counterparties"]!.AsArray(), c => Assert.NotEmpty(c!["totals"]!.AsArray()));
                Assert.True(data["network"]!["nodes"]!.AsArray().Count >= 2);
                Assert.NotEmpty(data["network"]!["edges"]!.AsArray());
                break;
            case "who-links-two-companies.graphql":
                var path = data["paths"]!.AsArray()[0]!;
                Assert.True(path["hops"]!.GetValue<int>() >= 1);
                Assert.Equal(path["hops"]!.GetValue<int>() + 1, path["nodes"]!.AsArray().Count);
                Assert.All(path["edges"]!.AsArray(), e => Assert.False(string.IsNullOrEmpty(e!["reportedBy"]!["name"]!.GetValue<string>())));
                break;
            case "shared-counterparties.graphql":
                var shared = data["sharedCounterparties"]!.AsArray();
                Assert.NotEmpty(shared);
                Assert.All(shared, s => Assert.True(s!["linkedTo"]!.AsArray().Count >= 2));
                break;
            case "biggest-flows-by-year.graphql":
                var flows = data["edges"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
                Assert.NotEmpty(flows);
                // Largest value (currency units) first; edges without a value last.
                var values = flows.Select(f => f["value"]?.GetValue<decimal>() ?? decimal.MinValue).ToList();
                Assert.Equal(values.OrderDescending().ToList(), values);
                break;
            case "prepayments-to-related-parties.graphql":
                var balances = data["edges"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
                Assert.NotEmpty(balances);
                Assert.All(balances, b => Assert.False(string.IsNullOrEmpty(b["from"]!["name"]!.GetValue<string>())));
                break;
            case "year-over-year-changes.graphql":
                Assert.NotEmpty(data["changes"]!.AsArray());
                break;
        }
    }

    private static async Task<List<Entity>> Reporters(IGraphStore store)
    {
        var reporters = new List<Entity>();
        await foreach (var entity in store.ReadEntitiesAsync(Ct))
            if (entity.IsReporter) reporters.Add(entity);
        Assert.NotEmpty(reporters);
        return reporters;
    }

    private static async Task<List<GraphEdge>> AllEdges(IGraphStore store)
    {
        var edges = new List<GraphEdge>();
        await foreach (var edge in store.ReadEdgesAsync(Ct)) edges.Add(edge);
        return edges;
    }

    private static async Task<Entity> BusiestReporter(IGraphStore store, List<Entity> reporters)
    {
        var counterparties = await store.GetCounterpartiesAsync(reporters.Select(r => r.Id).ToList(), EdgeFilter.None, Ct);
        return reporters.OrderByDescending(r => counterparties.GetValueOrDefault(r.Id)?.Count ?? 0).First();
    }

    /// <summary>Two named companies (not placeholders) that one reporter deals with, so a path and a shared party exist.</summary>
    private static async Task<(string, string)> TwoLinkedCompanies(IGraphStore store, List<Entity> reporters)
    {
        var counterparties = await store.GetCounterpartiesAsync(reporters.Select(r => r.Id).ToList(), EdgeFilter.None, Ct);
        var pair = reporters
            .Select(r => counterparties.GetValueOrDefault(r.Id)?.Select(c => c.Entity).Where(e => e.Placeholder is null && !e.IsReporter).ToList() ?? [])
            .FirstOrDefault(parties => parties.Count >= 2);
        Assert.True(pair is not null, "no reporter in the demo data has two named counterparties");
        return (pair[0].Id, pair[1].Id);
    }
}
