using System.Text.Json;
using Graph.Core.Model;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Tests.Fakes;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j.Tests.Store;

/// <summary>
/// Matching keys on entity nodes: held so that a text-index seek finds a key only whole, written
/// with every entity, and given at start-up to entities stored before nodes carried them.
/// </summary>
public sealed class NameKeyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Entity Keshen = new() { Id = EntityIds.ForName("Keshen Information Co., Ltd"), Name = "Keshen Information Co., Ltd", Aliases = ["Keshen"] };

    [Fact]
    public void A_key_is_found_in_the_text_only_whole()
    {
        var text = EntityMapping.NameKeyText(Keshen);

        Assert.Contains(EntityMapping.KeyNeedle("keshen information"), text, StringComparison.Ordinal);
        Assert.Contains(EntityMapping.KeyNeedle("keshen"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(EntityMapping.KeyNeedle("keshen info"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(EntityMapping.KeyNeedle("information"), text, StringComparison.Ordinal);
        Assert.Equal(text, EntityMapping.ToRow(Keshen)["nameKeyText"]);
    }

    [Fact]
    public async Task Start_up_gives_entities_without_keys_their_keys()
    {
        var gamma = new Entity { Id = EntityIds.ForName("Gamma Limited"), Name = "Gamma Limited", Aliases = ["Gamma Lighting"] };
        var asked = 0;
        FakeReply Answer(RecordedRequest request)
        {
            var statement = request.Json.GetProperty("statement").GetString();
            if (statement == Statements.EntitiesWithoutNameKeys && asked++ == 0)
                return Rows(Keshen, gamma);
            return Rows();
        }
        await using var fake = await FakeQueryApi.StartAsync(Answer, Ct);
        await using var store = new Neo4jGraphStore(new QueryApiRunner(new Neo4jSettings { Uri = fake.BaseUri }));

        await store.InitializeAsync(Ct);

        var set = Assert.Single(fake.Requests, r => r.Json.GetProperty("statement").GetString() == Statements.SetNameKeys);
        var rows = set.Json.GetProperty("parameters").GetProperty("rows").GetProperty("_value").EnumerateArray()
            .Select(row => row.GetProperty("_value"))
            .ToDictionary(row => row.GetProperty("id").GetProperty("_value").GetString()!, row => row.GetProperty("nameKeyText").GetProperty("_value").GetString());
        Assert.Equal(EntityMapping.NameKeyText(Keshen), rows[Keshen.Id]);
        Assert.Equal(EntityMapping.NameKeyText(gamma), rows[gamma.Id]);
        Assert.Equal(2, rows.Count);
    }

    /// <summary>A Query API reply with one row per entity, in the columns the backfill reads.</summary>
    private static FakeReply Rows(params Entity[] entities)
    {
        static string Text(string? s) => s is null ? """{"$type":"Null","_value":null}""" : $$"""{"$type":"String","_value":{{JsonSerializer.Serialize(s)}}}""";
        var values = entities.Select(e => "[" + string.Join(",",
            Text(e.Id), Text(e.Name), Text(e.Type),
            $$"""{"$type":"List","_value":[{{string.Join(",", e.Aliases.Select(Text))}}]}""",
            """{"$type":"Boolean","_value":false}""", Text(e.Cik), Text(e.Lei), Text(e.Jurisdiction), Text(e.Placeholder)) + "]");
        string[] fields = ["id", "name", "type", "aliases", "isReporter", "cik", "lei", "jurisdiction", "placeholder"];
        return FakeReply.Accepted(
            $$"""{"data":{"fields":{{JsonSerializer.Serialize(fields)}},"values":[{{string.Join(",", values)}}]},"bookmarks":[]}""");
    }
}
