using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Core.Model;
using Graph.Storage.Contract;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j.Tests.Store;

public sealed class EdgeMappingTests
{
    /// <summary>
    /// What Neo4j sends back for properties the store wrote: the typed JSON it was sent, with
    /// floats printed the way Java prints doubles ("1341.0", "1.2E7").
    /// </summary>
    private static IReadOnlyDictionary<string, object?> AsReturnedByNeo4j(Dictionary<string, object?> props, string type, string from, string to)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            TypedJson.WriteValue(writer, props);
        var node = JsonNode.Parse(buffer.ToArray())!;
        foreach (var value in node["_value"]!.AsObject().Select(p => p.Value!).Where(v => (string?)v["$type"] == "Float"))
        {
            var d = double.Parse((string)value["_value"]!, CultureInfo.InvariantCulture);
            value["_value"] = Math.Abs(d) >= 1e7
                ? d.ToString("0.0###############E0", CultureInfo.InvariantCulture)
                : d.ToString("0.0###############", CultureInfo.InvariantCulture);
        }
        var map = (Dictionary<string, object?>)((IReadOnlyDictionary<string, object?>)TypedJson.ReadValue(JsonDocument.Parse(node.ToJsonString()).RootElement)!)
            .ToDictionary();
        map["category"] = type;
        map["fromId"] = from;
        map["toId"] = to;
        return map;
    }

    [Fact]
    public void Every_edge_property_survives_the_trip_through_typed_json()
    {
        var edges = ContractGraph.All().SelectMany(g => g.Edges).ToList();
        Assert.Contains(edges, e => e.Category == EdgeCategory.Balance);

        foreach (var (edge, seq) in edges.Select((e, i) => (e, (long)i + 1)))
        {
            var row = EdgeMapping.ToRow(edge, seq);
            var type = edge.Category == EdgeCategory.Balance ? "BALANCE" : "TRANSACTION";

            var stored = EdgeMapping.FromMap(AsReturnedByNeo4j((Dictionary<string, object?>)row["props"]!, type, edge.FromId, edge.ToId), id => id);

            Assert.Equal(edge, stored.Edge);
            Assert.Equal(seq, stored.Seq);
        }
    }

    [Fact]
    public void Endpoints_and_reporter_resolve_to_canonical_ids()
    {
        var edge = ContractGraph.Delta().Edges[0];
        var row = EdgeMapping.ToRow(edge, 1);

        var stored = EdgeMapping.FromMap(AsReturnedByNeo4j((Dictionary<string, object?>)row["props"]!, "TRANSACTION", edge.FromId, edge.ToId),
            id => id == ContractGraph.KeshenInfoId ? ContractGraph.KeshenId : id);

        Assert.Equal(ContractGraph.KeshenId, stored.Edge.ToId);
        Assert.Equal(edge.FromId, stored.Edge.FromId);
    }
}
