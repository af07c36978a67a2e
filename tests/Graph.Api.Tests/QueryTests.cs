using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;
using static Graph.Api.Tests.Infrastructure.TestNotes;

namespace Graph.Api.Tests;

/// <summary>Every read field of the schema over a real store, through HTTP.</summary>
public sealed class QueryTests : IAsyncLifetime
{
    private TestGraph graph = null!;
    private TestServer server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        graph = await TestGraph.CreateAsync(Ct);
        server = await TestServer.StartAsync(graph.Store, ct: Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        await graph.DisposeAsync();
    }

    [Fact]
    public async Task Entities_search_matches_names_and_aliases_case_insensitively()
    {
        var data = (await server.Client.PostAsync("""
            { byName: entities(search: "yunrongxin") { totalCount edges { node { id name aliases type } } }
              byType: entities(type: PERSON) { edges { node { name } } } }
            """, ct: Ct)).Ok();

        var node = Assert.Single(data["byName"]!["edges"]!.AsArray())!["node"]!;
        Assert.Equal(Yunrongxin, node["name"]!.GetValue<string>());
        Assert.Equal(TestGraph.IdOf(Yunrongxin), node["id"]!.GetValue<string>());
        Assert.Equal("COMPANY", node["type"]!.GetValue<string>());
        Assert.Equal(1, data["byName"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(Smith, Assert.Single(data["byType"]!["edges"]!.AsArray())!["node"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Entities_page_with_cursors_until_exhausted_without_repeats()
    {
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await server.Client.PostAsync(
                "query($after: String) { entities(first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }",
                new { after }, ct: Ct)).Ok()["entities"]!;
            total = page["totalCount"]!.GetValue<int>();
            seen.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(5, total);
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Counterparties_sum_edges_per_kind_year_and_currency()
    {
        var data = (await server.Client.PostAsync("""
            query($id: ID!) { entity(id: $id) { name isReporter
              counterparties { entity { name } years totals { kind year currency amount edgeCount } } } }
            """, new { id = TestGraph.IdOf(Alpha) }, ct: Ct)).Ok();

        var entity = data["entity"]!;
        Assert.True(entity["isReporter"]!.GetValue<bool>());
        var yun = entity["counterparties"]!.AsArray().Single(c => c!["entity"]!["name"]!.GetValue<string>() == Yunrongxin)!;
        var revenue2023 = yun["totals"]!.AsArray().Single(t => t!["kind"]!.GetValue<string>() == "REVENUE" && t["year"]!.GetValue<int>() == 2023)!;
        // Totals are in currency units: the note is in thousands.
        Assert.Equal(200_000m, revenue2023["amount"]!.GetValue<decimal>());
        Assert.Equal("RMB", revenue2023["currency"]!.GetValue<string>());
        Assert.Equal(1, revenue2023["edgeCount"]!.GetValue<int>());
        Assert.Contains(2022, yun["years"]!.AsArray().Select(y => y!.GetValue<int>()));

        var filtered = (await server.Client.PostAsync("""
            query($id: ID!) { entity(id: $id) { counterparties(filter: { kinds: [LOAN_TO] }) { entity { name } } } }
            """, new { id = TestGraph.IdOf(Alpha) }, ct: Ct)).Ok();
        Assert.Equal(Beta, Assert.Single(filtered["entity"]!["counterparties"]!.AsArray())!["entity"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Edges_carry_direction_evidence_filing_and_exact_decimals()
    {
        var response = await server.Client.PostAsync("""
            { edges(filter: { reportedBy: ["REPORTER"], yearFrom: 2024 }, orderBy: { field: AMOUNT, direction: DESC }) {
                totalCount
                edges { node { id category kind year amount currency value description from { name } to { name }
                  reportedBy { name } filing { form fiscalYear reporter { name } } evidence { quote start end } } } } }
            """.Replace("REPORTER", TestGraph.IdOf(Beta)), ct: Ct);
        var data = response.Ok();

        var nodes = data["edges"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.Equal(2, data["edges"]!["totalCount"]!.GetValue<int>());
        var top = nodes[0];
        Assert.Equal("REVENUE", top["kind"]!.GetValue<string>());
        Assert.Equal("TRANSACTION", top["category"]!.GetValue<string>());
        // Revenue: the party pays the reporter.
        Assert.Equal(Gamma, top["from"]!["name"]!.GetValue<string>());
        Assert.Equal(Beta, top["to"]!["name"]!.GetValue<string>());
        Assert.Equal(Beta, top["reportedBy"]!["name"]!.GetValue<string>());
        Assert.Equal("10-K", top["filing"]!["form"]!.GetValue<string>());
        Assert.Equal(Beta, top["filing"]!["reporter"]!["name"]!.GetValue<string>());
        Assert.Equal(0, top["evidence"]!["start"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(top["evidence"]!["quote"]!.GetValue<string>()));
        // The Decimal scalar writes the figure as stored, fraction digits included.
        Assert.Contains("9876543210.12", response.Text);
        Assert.True(nodes[0]["amount"]!.GetValue<decimal>() >= nodes[1]["amount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Entity_edges_page_in_the_requested_order()
    {
        var data = (await server.Client.PostAsync("""
            query($id: ID!) { entity(id: $id) { edges(orderBy: { field: YEAR, direction: ASC }, first: 2) {
              totalCount pageInfo { hasNextPage endCursor } edges { node { year } } } } }
            """, new { id = TestGraph.IdOf(Alpha) }, ct: Ct)).Ok();
        var page = data["entity"]!["edges"]!;
        Assert.Equal(5, page["totalCount"]!.GetValue<int>());
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var years = page["edges"]!.AsArray().Select(e => e!["node"]!["year"]!.GetValue<int>()).ToList();
        Assert.Equal(years.Order().ToList(), years);
        Assert.Equal(2022, years[0]);
    }

    [Fact]
    public async Task Network_from_a_reporter_reaches_two_hops_and_caps_with_a_count()
    {
        var query = """
            query($root: ID!, $depth: Int, $limit: Int) { network(root: $root, depth: $depth, limit: $limit) {
              truncated omitted nodes { id name } edges { fromId toId from { name } kind } } }
            """;
        var full = (await server.Client.PostAsync(query, new { root = TestGraph.IdOf(Alpha), depth = 2, limit = 200 }, ct: Ct)).Ok()["network"]!;
        var names = full["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
        Assert.Contains(Gamma, names); // Alpha → Beta → Gamma
        Assert.False(full["truncated"]!.GetValue<bool>());
        var ids = full["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToHashSet();
        Assert.All(full["edges"]!.AsArray(), e => Assert.True(ids.Contains(e!["fromId"]!.GetValue<string>()) && ids.Contains(e["toId"]!.GetValue<string>())));

        var capped = (await server.Client.PostAsync(query, new { root = TestGraph.IdOf(Alpha), depth = 2, limit = 2 }, ct: Ct)).Ok()["network"]!;
        Assert.True(capped["truncated"]!.GetValue<bool>());
        Assert.Equal(2, capped["nodes"]!.AsArray().Count);
        Assert.Equal(names.Count - 2, capped["omitted"]!.GetValue<int>());
    }

    [Fact]
    public async Task Network_edge_cap_returns_at_most_that_many_edges_and_counts_the_others()
    {
        var query = """
            query($root: ID!, $edgeLimit: Int) { network(root: $root, depth: 2, edgeLimit: $edgeLimit) { edgesOmitted nodes { id } edges { id } } }
            """;
        var full = (await server.Client.PostAsync(query, new { root = TestGraph.IdOf(Alpha), edgeLimit = 1000 }, ct: Ct)).Ok()["network"]!;
        var all = full["edges"]!.AsArray().Count;
        Assert.True(all > 1);
        Assert.Equal(0, full["edgesOmitted"]!.GetValue<int>());

        var capped = (await server.Client.PostAsync(query, new { root = TestGraph.IdOf(Alpha), edgeLimit = 1 }, ct: Ct)).Ok()["network"]!;

        Assert.Single(capped["edges"]!.AsArray());
        Assert.Equal(all - 1, capped["edgesOmitted"]!.GetValue<int>());
        Assert.Equal(full["nodes"]!.AsArray().Count, capped["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Paths_link_two_companies_fewest_hops_first()
    {
        var data = (await server.Client.PostAsync("""
            query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) { hops nodes { name } edges { kind } } }
            """, new { from = TestGraph.IdOf(Alpha), to = TestGraph.IdOf(Gamma) }, ct: Ct)).Ok();
        var paths = data["paths"]!.AsArray();
        Assert.NotEmpty(paths);
        var first = paths[0]!;
        Assert.Equal(2, first["hops"]!.GetValue<int>());
        Assert.Equal([Alpha, Beta, Gamma], first["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
        var hops = paths.Select(p => p!["hops"]!.GetValue<int>()).ToList();
        Assert.Equal(hops.Order().ToList(), hops);
    }

    [Fact]
    public async Task Shared_counterparties_show_which_reporters_they_link()
    {
        var data = (await server.Client.PostAsync("""
            query($ids: [ID!]!) { sharedCounterparties(entities: $ids) { entity { name } linkedTo { name } linkedToIds edges { kind reportedBy { name } } } }
            """, new { ids = new[] { TestGraph.IdOf(Alpha), TestGraph.IdOf(Beta) } }, ct: Ct)).Ok();
        var shared = data["sharedCounterparties"]!.AsArray().Single(s => s!["entity"]!["name"]!.GetValue<string>() == Yunrongxin)!;
        Assert.Equal([Alpha, Beta], shared["linkedTo"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()).Order());
        var reporters = shared["edges"]!.AsArray().Select(e => e!["reportedBy"]!["name"]!.GetValue<string>()).ToHashSet();
        Assert.Equal([Alpha, Beta], reporters.Order());
    }

    [Fact]
    public async Task Changes_report_new_and_vanished_counterparties()
    {
        var data = (await server.Client.PostAsync("""
            query($id: ID!) { changes(entity: $id, fromYear: 2023, toYear: 2024) { counterparty { name } type kind currency fromAmount toAmount delta } }
            """, new { id = TestGraph.IdOf(Beta) }, ct: Ct)).Ok();
        var changes = data["changes"]!.AsArray();
        var gamma = changes.Single(c => c!["counterparty"]!["name"]!.GetValue<string>() == Gamma)!;
        Assert.Equal("NEW", gamma["type"]!.GetValue<string>());
        var yun = changes.Single(c => c!["counterparty"]!["name"]!.GetValue<string>() == Yunrongxin)!;
        Assert.Equal("CHANGED", yun["type"]!.GetValue<string>());
        Assert.Equal(20m, yun["delta"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Filings_related_parties_and_stats_are_readable()
    {
        var data = (await server.Client.PostAsync("""
            query($id: ID!) {
              filings(reporter: $id) { totalCount edges { node { id form fiscalYear reporter { name } ingestedAt } } }
              entity(id: $id) { filings { totalCount } relatedParties { party { name } relationship filing { form } } sameAs { id } }
              stats { entities filings transactions balances relatedParties sameAs entitiesByType { type count } }
            }
            """, new { id = TestGraph.IdOf(Alpha) }, ct: Ct)).Ok();
        Assert.Equal(1, data["filings"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("20-F", data["filings"]!["edges"]![0]!["node"]!["form"]!.GetValue<string>());
        Assert.Equal(1, data["entity"]!["filings"]!["totalCount"]!.GetValue<int>());
        var related = data["entity"]!["relatedParties"]!.AsArray();
        Assert.Contains(related, r => r!["party"]!["name"]!.GetValue<string>() == Smith && r["relationship"]!.GetValue<string>() == "chief executive officer");
        var stats = data["stats"]!;
        Assert.Equal(2, stats["filings"]!.GetValue<int>());
        Assert.Equal(7, stats["transactions"]!.GetValue<int>());
        Assert.Equal(1, stats["balances"]!.GetValue<int>());
        Assert.Equal(5, stats["entities"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unknown_entity_is_null_not_an_error()
    {
        var data = (await server.Client.PostAsync("{ entity(id: \"no-such-entity\") { name } }", ct: Ct)).Ok();
        Assert.Null(data["entity"]);
    }

    [Fact]
    public async Task Get_runs_queries_from_the_query_string()
    {
        var query = Uri.EscapeDataString("query($s: String) { entities(search: $s) { totalCount } }");
        var variables = Uri.EscapeDataString("{\"s\": \"gamma\"}");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"graphql?query={query}&variables={variables}");
        var data = (await server.Client.SendAsync(request, Ct)).Ok();
        Assert.Equal(1, data["entities"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Application_graphql_bodies_are_accepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent("{ stats { filings } }", System.Text.Encoding.UTF8, "application/graphql"),
        };
        var data = (await server.Client.SendAsync(request, Ct)).Ok();
        Assert.Equal(2, data["stats"]!["filings"]!.GetValue<int>());
    }

    [Fact]
    public async Task Filters_narrow_networks_and_orders_sort_by_kind()
    {
        var data = (await server.Client.PostAsync("""
            query($root: ID!) {
              network(root: $root, depth: 2, filter: { kinds: [LOAN_TO] }) { nodes { name } edges { kind } }
              edges(orderBy: { field: KIND, direction: ASC }, first: 50) { edges { node { kind } } }
            }
            """, new { root = TestGraph.IdOf(Alpha) }, ct: Ct)).Ok();

        Assert.Equal([Alpha, Beta], data["network"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Order());
        Assert.All(data["network"]!["edges"]!.AsArray(), e => Assert.Equal("LOAN_TO", e!["kind"]!.GetValue<string>()));
        var kinds = data["edges"]!["edges"]!.AsArray().Select(e => e!["node"]!["kind"]!.GetValue<string>().ToLowerInvariant()).ToList();
        Assert.Equal(kinds.Order(StringComparer.Ordinal).ToList(), kinds);
    }

    [Fact]
    public async Task A_filing_is_readable_by_id()
    {
        var filingId = (await server.Client.PostAsync("{ filings(first: 1) { edges { node { id } } } }", ct: Ct)).Ok()["filings"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>();
        var data = (await server.Client.PostAsync("query($id: ID!) { filing(id: $id) { id form reporter { isReporter } } }", new { id = filingId }, ct: Ct)).Ok();
        Assert.Equal(filingId, data["filing"]!["id"]!.GetValue<string>());
        Assert.True(data["filing"]!["reporter"]!["isReporter"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Get_picks_the_named_operation_of_a_document()
    {
        var document = Uri.EscapeDataString("query Count { stats { filings } } query Search { entities(search: \"beta\") { totalCount } }");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"graphql?query={document}&operationName=Search");
        var data = (await server.Client.SendAsync(request, Ct)).Ok();
        Assert.Equal(1, data["entities"]!["totalCount"]!.GetValue<int>());
        Assert.Null(data["stats"]);
    }
}
