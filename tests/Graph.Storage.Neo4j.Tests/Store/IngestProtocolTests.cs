using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Contract;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Tests.Fakes;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j.Tests.Store;

/// <summary>
/// How the store drives Neo4j for one filing, seen on the wire by the fake Query API: one explicit
/// transaction carrying the fixed statements with typed parameters, committed only when every
/// write landed, rolled back otherwise. (What the statements do inside Neo4j is the contract
/// suite's job, which runs against a real server.)
/// </summary>
public sealed class IngestProtocolTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string TxPath = "/db/neo4j/query/v2/tx";

    /// <summary>Answers each statement of the ingest the way Neo4j would for an empty graph, except as told.</summary>
    private sealed class Server(string? storedHash = null, bool dropOneEdge = false)
    {
        public FakeReply Answer(RecordedRequest request)
        {
            if (request.Method == "DELETE" || request.Path.EndsWith("/commit", StringComparison.Ordinal))
                return Reply([], []);
            var statement = request.Json.GetProperty("statement").GetString();
            var parameters = request.Json.GetProperty("parameters");
            var tx = request.Path == TxPath ? ""","transaction":{"id":"t1","expires":"2030-01-01T00:00:00Z"}""" : "";
            if (statement == Statements.IngestBegin)
                return Reply(["base", "known", "contentHash"],
                    [Integer(100), $$"""{"$type":"Boolean","_value":{{(storedHash is not null ? "true" : "false")}}}""",
                     storedHash is null ? """{"$type":"Null","_value":null}""" : $$"""{"$type":"String","_value":"{{storedHash}}"}"""], tx);
            if (statement == Statements.IngestRemoveFilingContent)
                return Reply(["touched"], [$$"""{"$type":"List","_value":[{"$type":"String","_value":"{{ContractGraph.SmithId}}"}]}"""]);
            if (statement == Statements.IngestDeleteOrphans)
                return Reply(["deleted"], [Integer(1)]);
            if (statement == Statements.IngestReadEntities)
                return Reply(["id"], null);
            if (statement == Statements.IngestWriteFiling)
                return Reply(["id"], ["""{"$type":"String","_value":"f"}"""]);
            var rows = parameters.TryGetProperty("rows", out var r) ? r.GetProperty("_value").GetArrayLength() : 0;
            var written = dropOneEdge && statement == Statements.IngestWriteTransactions ? rows - 1 : rows;
            return Reply(["written"], [Integer(written)]);
        }

        private static string Integer(long n) => $$"""{"$type":"Integer","_value":"{{n}}"}""";

        private static FakeReply Reply(string[] fields, string[]? row, string extra = "") => FakeReply.Accepted(
            $$"""{"data":{"fields":{{JsonSerializer.Serialize(fields)}},"values":[{{(row is null ? "" : "[" + string.Join(",", row) + "]")}}]},"bookmarks":[]{{extra}}}""");
    }

    private static async Task<(IngestOutcome? Outcome, Exception? Error, IReadOnlyList<RecordedRequest> Requests)> IngestAsync(Server server, FilingGraph filing)
    {
        await using var fake = await FakeQueryApi.StartAsync(server.Answer, Ct);
        await using var store = new Neo4jGraphStore(new QueryApiRunner(new Neo4jSettings { Uri = fake.BaseUri }));
        try
        {
            return (await store.IngestAsync(filing, Ct), null, fake.Requests);
        }
        catch (InvalidOperationException e)
        {
            return (null, e, fake.Requests);
        }
    }

    private static string? StatementOf(RecordedRequest r) =>
        r.Body.Length > 0 && r.Json.TryGetProperty("statement", out var s) ? s.GetString() : null;

    [Fact]
    public async Task New_filing_is_written_in_one_transaction_and_committed()
    {
        var alpha = ContractGraph.Alpha();

        var (outcome, _, requests) = await IngestAsync(new Server(), alpha);

        Assert.Equal(new IngestOutcome(ContractGraph.AlphaFilingId, IngestStatus.Added, alpha.Entities.Count, alpha.Edges.Count), outcome);
        Assert.Equal(
            [Statements.IngestBegin, Statements.IngestReadEntities, Statements.IngestWriteEntities, Statements.IngestWriteFiling,
             Statements.IngestWriteTransactions, Statements.IngestWriteBalances, Statements.IngestWriteRelatedParties, null],
            requests.Select(StatementOf));
        Assert.Equal(TxPath, requests[0].Path);
        Assert.All(requests.Skip(1).SkipLast(1), r => Assert.Equal(TxPath + "/t1", r.Path));
        Assert.Equal(("POST", TxPath + "/t1/commit"), (requests[^1].Method, requests[^1].Path));
    }

    [Fact]
    public async Task Edges_travel_as_typed_rows_numbered_after_the_reserved_base()
    {
        var alpha = ContractGraph.Alpha();

        var (_, _, requests) = await IngestAsync(new Server(), alpha);

        var begin = requests[0].Json.GetProperty("parameters");
        Assert.Equal(alpha.Edges.Count + alpha.RelatedParties.Count, int.Parse(begin.GetProperty("reserve").GetProperty("_value").GetString()!));
        var rows = requests.Where(r => StatementOf(r) is { } s && (s == Statements.IngestWriteTransactions || s == Statements.IngestWriteBalances))
            .SelectMany(r => r.Json.GetProperty("parameters").GetProperty("rows").GetProperty("_value").EnumerateArray())
            .Select(row => row.GetProperty("_value").GetProperty("props").GetProperty("_value"))
            .ToList();
        Assert.Equal(alpha.Edges.Select(e => e.Id).Order(), rows.Select(p => p.GetProperty("id").GetProperty("_value").GetString()).Order());
        Assert.Equal(Enumerable.Range(101, alpha.Edges.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            rows.Select(p => p.GetProperty("seq").GetProperty("_value").GetString()).Order());
        var revenue = rows.First(p => p.GetProperty("kind").GetProperty("_value").GetString() == "revenue");
        Assert.Equal("Float", revenue.GetProperty("amount").GetProperty("$type").GetString());
        Assert.Equal("Integer", revenue.GetProperty("year").GetProperty("$type").GetString());
    }

    [Fact]
    public async Task Same_content_again_is_unchanged_and_rolled_back()
    {
        var (outcome, _, requests) = await IngestAsync(new Server(storedHash: "alpha-v1"), ContractGraph.Alpha());

        Assert.Equal(IngestStatus.Unchanged, outcome!.Status);
        Assert.Equal([("POST", TxPath), ("DELETE", TxPath + "/t1")], requests.Select(r => (r.Method, r.Path)));
    }

    [Fact]
    public async Task Corrected_content_removes_the_earlier_version_first()
    {
        var (outcome, _, requests) = await IngestAsync(new Server(storedHash: "alpha-v1"), ContractGraph.AlphaCorrected());

        Assert.Equal(IngestStatus.Replaced, outcome!.Status);
        Assert.Equal(Statements.IngestRemoveFilingContent, StatementOf(requests[1]));
        Assert.Equal(Statements.IngestDeleteOrphans, StatementOf(requests[^2]));
        Assert.EndsWith("/commit", requests[^1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_that_loses_a_row_fails_and_rolls_the_filing_back()
    {
        var (outcome, error, requests) = await IngestAsync(new Server(dropOneEdge: true), ContractGraph.Alpha());

        Assert.Null(outcome);
        Assert.Contains("refers to an entity", error!.Message, StringComparison.Ordinal);
        Assert.Equal(("DELETE", TxPath + "/t1"), (requests[^1].Method, requests[^1].Path));
        Assert.DoesNotContain(requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invalid_filing_is_refused_before_anything_is_sent()
    {
        var alpha = ContractGraph.Alpha();
        var broken = alpha with { Edges = [.. alpha.Edges, alpha.Edges[0]] };

        await using var fake = await FakeQueryApi.StartAsync(new Server().Answer, Ct);
        await using var store = new Neo4jGraphStore(new QueryApiRunner(new Neo4jSettings { Uri = fake.BaseUri }));

        await Assert.ThrowsAsync<ArgumentException>(() => store.IngestAsync(broken, Ct));
        Assert.Empty(fake.Requests);
    }
}
