using System.Text;
using Graph.Storage.Neo4j.Tests.Fakes;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j.Tests.Transport;

public sealed class QueryApiRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static QueryApiRunner Runner(FakeQueryApi fake, string database = "neo4j") =>
        new(new Neo4jSettings { Uri = fake.BaseUri, Database = database, User = "neo4j", Password = "s3cret:pw" });

    private const string OneRow = """
        {"data":{"fields":["n"],"values":[[{"$type":"Integer","_value":"1"}]]},"bookmarks":["FB:bm1"]}
        """;

    [Fact]
    public async Task Run_posts_the_statement_with_typed_parameters_to_the_database_query_endpoint()
    {
        await using var fake = await FakeQueryApi.StartAsync(_ => FakeReply.Accepted(OneRow), Ct);
        await using var runner = Runner(fake);

        var result = await runner.RunAsync(new CypherStatement("MATCH (e:Entity {id: $id}) RETURN e", new Dictionary<string, object?>
        {
            ["id"] = "acme",
            ["big"] = 9_007_199_254_740_993L,
            ["amount"] = 1341.25m,
            ["flag"] = true,
            ["none"] = null,
            ["rows"] = new List<object?> { new Dictionary<string, object?> { ["year"] = 2023, ["names"] = new[] { "a", "b" } } },
        }), Ct);

        var request = Assert.Single(fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal(TypedJson.MediaType, request.Header("Accept"));
        Assert.StartsWith(TypedJson.MediaType, request.Header("Content-Type"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret:pw")), request.Header("Authorization"));

        var body = request.Json;
        Assert.Equal("MATCH (e:Entity {id: $id}) RETURN e", body.GetProperty("statement").GetString());
        var p = body.GetProperty("parameters");
        Assert.Equal("""{"$type":"String","_value":"acme"}""", p.GetProperty("id").GetRawText());
        Assert.Equal("""{"$type":"Integer","_value":"9007199254740993"}""", p.GetProperty("big").GetRawText());
        Assert.Equal("""{"$type":"Float","_value":"1341.25"}""", p.GetProperty("amount").GetRawText());
        Assert.Equal("""{"$type":"Boolean","_value":true}""", p.GetProperty("flag").GetRawText());
        Assert.Equal("""{"$type":"Null","_value":null}""", p.GetProperty("none").GetRawText());
        Assert.Equal(
            """{"$type":"List","_value":[{"$type":"Map","_value":{"year":{"$type":"Integer","_value":"2023"},"names":{"$type":"List","_value":[{"$type":"String","_value":"a"},{"$type":"String","_value":"b"}]}}}]}""",
            p.GetProperty("rows").GetRawText());

        Assert.Equal(["n"], result.Fields);
        Assert.Equal(1L, Assert.Single(result.Rows)["n"]);
        Assert.Equal(["FB:bm1"], result.Bookmarks);
    }

    [Fact]
    public async Task Each_reply_bookmarks_go_with_the_next_statement_so_reads_follow_writes()
    {
        var served = 0;
        await using var fake = await FakeQueryApi.StartAsync(request =>
        {
            var n = Interlocked.Increment(ref served);
            var tx = request.Path.EndsWith("/tx", StringComparison.Ordinal) ? ""","transaction":{"id":"t1","expires":"2030-01-01T00:00:00Z"}""" : "";
            return FakeReply.Accepted($$"""{"data":{"fields":["n"],"values":[[{"$type":"Integer","_value":"1"}]]},"bookmarks":["FB:{{n}}"]{{tx}}}""");
        }, Ct);
        await using var runner = Runner(fake);

        await runner.RunAsync(new CypherStatement("CREATE (n) RETURN 1 AS n"), Ct);
        await runner.RunAsync(new CypherStatement("MATCH (n) RETURN count(n) AS n"), Ct);
        await using (var tx = await runner.BeginTransactionAsync(Ct))
            await tx.RunAsync(new CypherStatement("RETURN 1 AS n"), Ct);

        Assert.False(fake.Requests[0].Json.TryGetProperty("bookmarks", out _));
        Assert.Equal(["FB:1"], fake.Requests[1].Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["FB:2"], fake.Requests[2].Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public async Task Bearer_token_is_sent_instead_of_basic_credentials()
    {
        await using var fake = await FakeQueryApi.StartAsync(_ => FakeReply.Accepted(OneRow), Ct);
        await using var runner = new QueryApiRunner(new Neo4jSettings { Uri = fake.BaseUri, BearerToken = "tok-123", User = "ignored" });

        await runner.RunAsync(new CypherStatement("RETURN 1 AS n"), Ct);

        Assert.Equal("Bearer tok-123", Assert.Single(fake.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task Database_name_is_escaped_into_the_path()
    {
        await using var fake = await FakeQueryApi.StartAsync(_ => FakeReply.Accepted(OneRow), Ct);
        await using var runner = Runner(fake, database: "team graph");

        await runner.RunAsync(new CypherStatement("RETURN 1 AS n"), Ct);

        Assert.Equal("/db/team graph/query/v2", Assert.Single(fake.Requests).Path);
    }

    [Fact]
    public async Task Accepted_reply_carrying_errors_throws_with_the_code_and_message()
    {
        const string failedPartWay = """
            {"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"1"}]]},
             "errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}],"bookmarks":[]}
            """;
        await using var fake = await FakeQueryApi.StartAsync(_ => FakeReply.Accepted(failedPartWay), Ct);
        await using var runner = Runner(fake);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => runner.RunAsync(new CypherStatement("UNWIND [1, 0] AS d RETURN 1 / d AS x"), Ct));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", e.Code);
        Assert.Equal("/ by zero", e.ServerMessage);
        Assert.Equal(202, e.HttpStatus);
        Assert.True(e.IsClientError);
    }

    [Fact]
    public async Task Unauthorized_reply_throws_an_unauthorized_error()
    {
        const string body = """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}""";
        await using var fake = await FakeQueryApi.StartAsync(_ => FakeReply.Error(401, body), Ct);
        await using var runner = Runner(fake);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => runner.RunAsync(new CypherStatement("RETURN 1"), Ct));

        Assert.Equal(401, e.HttpStatus);
        Assert.True(e.IsUnauthorized);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", e.Code);
        Assert.Contains("authentication failure", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Syntax_error_before_execution_reads_the_error_field_of_a_400_body()
    {
        const string body = """{"errors":[{"error":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'MATC': expected ..."}]}""";
        await using var fake = await FakeQueryApi.StartAsync(_ => FakeReply.Error(400, body), Ct);
        await using var runner = Runner(fake);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => runner.RunAsync(new CypherStatement("MATC (n) RETURN n"), Ct));

        Assert.Equal(400, e.HttpStatus);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.StartsWith("Invalid input 'MATC'", e.ServerMessage, StringComparison.Ordinal);
        Assert.False(e.IsUnauthorized);
    }

    [Fact]
    public async Task Unknown_database_reports_neo4js_code()
    {
        const string body = """{"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Graph not found: nope"}]}""";
        await using var fake = await FakeQueryApi.StartAsync(_ => FakeReply.Error(404, body), Ct);
        await using var runner = Runner(fake, database: "nope");

        var e = await Assert.ThrowsAsync<Neo4jException>(() => runner.RunAsync(new CypherStatement("RETURN 1"), Ct));

        Assert.Equal((404, "Neo.ClientError.Database.DatabaseNotFound"), (e.HttpStatus, e.Code));
        Assert.Equal("/db/nope/query/v2", Assert.Single(fake.Requests).Path);
    }

    [Fact]
    public async Task An_empty_errors_list_is_success()
    {
        await using var fake = await FakeQueryApi.StartAsync(_ => FakeReply.Accepted(
            """{"data":{"fields":["n"],"values":[[{"$type":"Integer","_value":"5"}]]},"errors":[],"bookmarks":[]}"""), Ct);
        await using var runner = Runner(fake);

        var result = await runner.RunAsync(new CypherStatement("RETURN 5 AS n"), Ct);

        Assert.Equal(5L, Assert.Single(result.Rows)["n"]);
    }

    [Fact]
    public async Task Error_status_without_a_json_body_still_reports_the_status()
    {
        await using var fake = await FakeQueryApi.StartAsync(_ => FakeReply.Error(502, "<html>Bad Gateway</html>"), Ct);
        await using var runner = Runner(fake);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => runner.RunAsync(new CypherStatement("RETURN 1"), Ct));

        Assert.Equal(502, e.HttpStatus);
        Assert.Contains("HTTP 502", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_answers_too_late_is_a_timeout_not_a_cancellation()
    {
        await using var fake = await FakeQueryApi.StartAsync(_ =>
        {
            Thread.Sleep(TimeSpan.FromSeconds(1));
            return FakeReply.Accepted(OneRow);
        }, Ct);
        await using var runner = new QueryApiRunner(new Neo4jSettings { Uri = fake.BaseUri, RequestTimeout = TimeSpan.FromMilliseconds(200) });

        var e = await Assert.ThrowsAsync<Neo4jException>(() => runner.RunAsync(new CypherStatement("RETURN 1"), Ct));

        Assert.Contains("did not answer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_the_caller_cancels_the_request()
    {
        await using var fake = await FakeQueryApi.StartAsync(_ =>
        {
            Thread.Sleep(TimeSpan.FromSeconds(1));
            return FakeReply.Accepted(OneRow);
        }, Ct);
        await using var runner = Runner(fake);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cts.CancelAfter(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(new CypherStatement("RETURN 1"), cts.Token));
    }

    [Fact]
    public async Task Unreachable_server_is_reported_as_a_neo4j_error_naming_the_address()
    {
        Uri closed;
        await using (var fake = await FakeQueryApi.StartAsync(_ => FakeReply.Accepted(OneRow), Ct))
            closed = fake.BaseUri;
        await using var runner = new QueryApiRunner(new Neo4jSettings { Uri = closed });

        var e = await Assert.ThrowsAsync<Neo4jException>(() => runner.RunAsync(new CypherStatement("RETURN 1"), Ct));

        Assert.Contains(closed.Authority, e.Message, StringComparison.Ordinal);
    }
}
