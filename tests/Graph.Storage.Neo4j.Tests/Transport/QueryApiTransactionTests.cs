using Graph.Storage.Neo4j.Tests.Fakes;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j.Tests.Transport;

public sealed class QueryApiTransactionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string TxPath = "/db/neo4j/query/v2/tx";
    private const string Affinity = "member-3";

    /// <summary>Answers like a cluster member: opens tx "t42" with an affinity header and demands it back afterwards.</summary>
    private static FakeReply ClusterMember(RecordedRequest request)
    {
        const string data = """{"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"7"}]]},"bookmarks":[]""";
        if (request is { Method: "POST", Path: TxPath })
            return FakeReply.Accepted(data + ""","transaction":{"id":"t42","expires":"2026-01-01T00:00:30Z"}}""",
                new Dictionary<string, string> { ["neo4j-cluster-affinity"] = Affinity });
        if (request.Header("neo4j-cluster-affinity") != Affinity)
            return FakeReply.Error(404, """{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Transaction t42 not found on this member"}]}""");
        return request switch
        {
            { Method: "POST", Path: TxPath + "/t42" } => FakeReply.Accepted(data + ""","transaction":{"id":"t42","expires":"2026-01-01T00:00:30Z"}}"""),
            { Method: "POST", Path: TxPath + "/t42/commit" } => FakeReply.Accepted("""{"data":{"fields":[],"values":[]},"bookmarks":["FB:after"]}"""),
            { Method: "DELETE", Path: TxPath + "/t42" } => FakeReply.Accepted("""{"data":{"fields":[],"values":[]},"bookmarks":[]}"""),
            _ => FakeReply.Error(404, """{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"no such route"}]}"""),
        };
    }

    private static QueryApiRunner Runner(FakeQueryApi fake) => new(new Neo4jSettings { Uri = fake.BaseUri, User = "neo4j", Password = "pw" });

    [Fact]
    public async Task Commit_opens_with_the_first_statement_runs_the_rest_in_it_and_commits_with_the_affinity_header()
    {
        await using var fake = await FakeQueryApi.StartAsync(ClusterMember, Ct);
        await using var runner = Runner(fake);

        await using (var tx = await runner.BeginTransactionAsync(Ct))
        {
            var first = await tx.RunAsync(new CypherStatement("CREATE (n:A) RETURN 7 AS x"), Ct);
            var second = await tx.RunAsync(new CypherStatement("CREATE (n:B) RETURN 7 AS x"), Ct);
            await tx.CommitAsync(Ct);
            Assert.Equal(7L, Assert.Single(first.Rows)["x"]);
            Assert.Equal(7L, Assert.Single(second.Rows)["x"]);
        }

        Assert.Equal(
            [("POST", TxPath, "CREATE (n:A) RETURN 7 AS x"), ("POST", TxPath + "/t42", "CREATE (n:B) RETURN 7 AS x"), ("POST", TxPath + "/t42/commit", null)],
            fake.Requests.Select(r => (r.Method, r.Path, Statement(r))));
        Assert.Null(fake.Requests[0].Header("neo4j-cluster-affinity"));
        Assert.All(fake.Requests.Skip(1), r => Assert.Equal(Affinity, r.Header("neo4j-cluster-affinity")));
        Assert.All(fake.Requests, r => Assert.StartsWith("Basic ", r.Header("Authorization")));
    }

    [Fact]
    public async Task Rollback_deletes_the_transaction()
    {
        await using var fake = await FakeQueryApi.StartAsync(ClusterMember, Ct);
        await using var runner = Runner(fake);

        await using (var tx = await runner.BeginTransactionAsync(Ct))
        {
            await tx.RunAsync(new CypherStatement("CREATE (n:A) RETURN 7 AS x"), Ct);
            await tx.RollbackAsync(Ct);
        }

        Assert.Equal([("POST", TxPath), ("DELETE", TxPath + "/t42")], fake.Requests.Select(r => (r.Method, r.Path)));
        Assert.Equal(Affinity, fake.Requests[1].Header("neo4j-cluster-affinity"));
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        await using var fake = await FakeQueryApi.StartAsync(ClusterMember, Ct);
        await using var runner = Runner(fake);

        await using (var tx = await runner.BeginTransactionAsync(Ct))
            await tx.RunAsync(new CypherStatement("CREATE (n:A) RETURN 7 AS x"), Ct);

        Assert.Equal(("DELETE", TxPath + "/t42"), (fake.Requests[^1].Method, fake.Requests[^1].Path));
    }

    [Fact]
    public async Task Empty_transaction_sends_nothing()
    {
        await using var fake = await FakeQueryApi.StartAsync(ClusterMember, Ct);
        await using var runner = Runner(fake);

        await using (var tx = await runner.BeginTransactionAsync(Ct))
            await tx.CommitAsync(Ct);

        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task Statement_failing_inside_a_transaction_ends_it_and_further_use_is_refused()
    {
        const string failed = """{"data":{"fields":[],"values":[]},"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Node(1) already exists"}],"bookmarks":[]}""";
        await using var fake = await FakeQueryApi.StartAsync(r => r.Path.EndsWith("/t42", StringComparison.Ordinal) && r.Method == "POST"
            ? FakeReply.Accepted(failed) : ClusterMember(r), Ct);
        await using var runner = Runner(fake);

        await using var tx = await runner.BeginTransactionAsync(Ct);
        await tx.RunAsync(new CypherStatement("CREATE (n:A) RETURN 7 AS x"), Ct);
        var e = await Assert.ThrowsAsync<Neo4jException>(() => tx.RunAsync(new CypherStatement("CREATE (n:A {id: 1})"), Ct));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", e.Code);
        Assert.Equal(("DELETE", TxPath + "/t42"), (fake.Requests[^1].Method, fake.Requests[^1].Path));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => tx.CommitAsync(Ct));
    }

    private static string? Statement(RecordedRequest r) =>
        r.Json.TryGetProperty("statement", out var s) ? s.GetString() : null;
}
