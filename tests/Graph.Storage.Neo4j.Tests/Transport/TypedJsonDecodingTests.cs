using Graph.Storage.Neo4j.Tests.Fakes;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j.Tests.Transport;

public sealed class TypedJsonDecodingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Shapes as the Query API documents them for application/vnd.neo4j.query.
    private const string Reply = """
        {"data":{"fields":["big","f","s","nothing","yes","list","map","n","r","p","d"],"values":[[
          {"$type":"Integer","_value":"9007199254740993"},
          {"$type":"Float","_value":"1.2E7"},
          {"$type":"String","_value":"O'Brien \"Holdings\" \\ Ltd"},
          {"$type":"Null","_value":null},
          {"$type":"Boolean","_value":true},
          {"$type":"List","_value":[{"$type":"String","_value":"a"},{"$type":"Integer","_value":"2"}]},
          {"$type":"Map","_value":{"k":{"$type":"Float","_value":"0.1"}}},
          {"$type":"Node","_value":{"_element_id":"4:db:1","_labels":["Entity","Company"],"_properties":{"id":{"$type":"String","_value":"acme"}}}},
          {"$type":"Relationship","_value":{"_element_id":"5:db:7","_start_node_element_id":"4:db:1","_end_node_element_id":"4:db:2","_type":"TRANSACTION","_properties":{"year":{"$type":"Integer","_value":"2023"}}}},
          {"$type":"Path","_value":[
            {"$type":"Node","_value":{"_element_id":"4:db:1","_labels":["Entity"],"_properties":{}}},
            {"$type":"Relationship","_value":{"_element_id":"5:db:7","_start_node_element_id":"4:db:1","_end_node_element_id":"4:db:2","_type":"BALANCE","_properties":{}}},
            {"$type":"Node","_value":{"_element_id":"4:db:2","_labels":["Entity"],"_properties":{}}}]},
          {"$type":"Date","_value":"2023-12-31"}
        ]]},"bookmarks":[]}
        """;

    [Fact]
    public async Task Every_documented_value_type_decodes_without_precision_loss()
    {
        await using var fake = await FakeQueryApi.StartAsync(_ => FakeReply.Accepted(Reply), Ct);
        await using var runner = new QueryApiRunner(new Neo4jSettings { Uri = fake.BaseUri });

        var row = Assert.Single((await runner.RunAsync(new CypherStatement("RETURN 1"), Ct)).Rows);

        Assert.Equal(9_007_199_254_740_993L, row.GetInt64("big"));
        Assert.Equal(12_000_000m, row.GetNullableDecimal("f"));
        Assert.Equal("O'Brien \"Holdings\" \\ Ltd", row.GetString("s"));
        Assert.Null(row["nothing"]);
        Assert.Null(row.GetNullableString("nothing"));
        Assert.True(row.GetBoolean("yes"));
        Assert.Equal(new object?[] { "a", 2L }, row.GetList("list"));
        Assert.Equal(0.1m, CypherValues.AsDecimal(row.GetMap("map")["k"]));

        var node = Assert.IsType<CypherNode>(row["n"]);
        Assert.Equal(["Entity", "Company"], node.Labels);
        Assert.Equal("acme", node.Properties["id"]);

        var rel = Assert.IsType<CypherRelationship>(row["r"]);
        Assert.Equal(("TRANSACTION", "4:db:1", "4:db:2"), (rel.Type, rel.StartElementId, rel.EndElementId));
        Assert.Equal(2023L, rel.Properties["year"]);

        var path = Assert.IsType<CypherPath>(row["p"]);
        Assert.Equal(["4:db:1", "4:db:2"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal("BALANCE", Assert.Single(path.Relationships).Type);

        Assert.Equal(new CypherTemporal("Date", "2023-12-31"), row["d"]);
        Assert.Equal("2023-12-31", row.GetString("d"));
    }

    [Fact]
    public async Task Asking_for_a_missing_field_names_it()
    {
        await using var fake = await FakeQueryApi.StartAsync(_ => FakeReply.Accepted(Reply), Ct);
        await using var runner = new QueryApiRunner(new Neo4jSettings { Uri = fake.BaseUri });

        var row = Assert.Single((await runner.RunAsync(new CypherStatement("RETURN 1"), Ct)).Rows);

        Assert.Contains("'nope'", Assert.Throws<KeyNotFoundException>(() => row["nope"]).Message, StringComparison.Ordinal);
    }
}
