using Graph.Storage.Neo4j.Export;

namespace Graph.Storage.Neo4j.Tests.Export;

public sealed class CypherScriptExporterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(string Script, ScriptExportResult Result)> ExportAsync(ExportedGraph graph)
    {
        await using var writer = new StringWriter();
        var result = await new CypherScriptExporter().ExportAsync(graph.Store, writer, Ct);
        return (writer.ToString(), result);
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> RowsOf(IEnumerable<string> statements, string marker) =>
        statements.Where(s => s.StartsWith("UNWIND", StringComparison.Ordinal) && s.Contains(marker, StringComparison.Ordinal))
            .SelectMany(CypherLiteralReader.UnwindRows);

    [Fact]
    public async Task Script_holds_every_entity_with_its_exact_values()
    {
        await using var graph = await ExportedGraph.CreateAsync(Ct);

        var (script, result) = await ExportAsync(graph);

        var statements = CypherLiteralReader.Statements(script);
        var rows = RowsOf(statements, "MERGE (e:Entity").ToDictionary(r => (string)r["id"]!);
        Assert.Equal(graph.Entities.Count, result.Entities);
        Assert.Equal(graph.Entities.Select(e => e.Id).Order(), rows.Keys.Order());
        foreach (var entity in graph.Entities)
        {
            var row = rows[entity.Id];
            Assert.Equal(entity.Name, row["name"]);
            Assert.Equal(entity.Type, row["type"]);
            Assert.Equal(entity.Aliases, ((IReadOnlyList<object?>)row["aliases"]!).Cast<string>());
            Assert.Equal(entity.IsReporter, row["isReporter"]);
            Assert.Equal(entity.Placeholder, row.GetValueOrDefault("placeholder"));
        }
    }

    [Fact]
    public async Task Injection_attempts_stay_inside_their_literals()
    {
        await using var graph = await ExportedGraph.CreateAsync(Ct);

        var (script, _) = await ExportAsync(graph);

        var statements = CypherLiteralReader.Statements(script);
        // Schema statements, then only UNWIND batches and the closing GraphMeta update: nothing a name could have added.
        Assert.All(statements, s => Assert.Matches(@"^(CREATE (CONSTRAINT|INDEX|TEXT INDEX|FULLTEXT INDEX) |MERGE \(m:GraphMeta |// Graph export|UNWIND \[)", s));
        Assert.DoesNotContain(statements, s => s.StartsWith("MATCH (n) DETACH DELETE", StringComparison.Ordinal));
        var names = RowsOf(statements, "MERGE (e:Entity").Select(r => (string)r["name"]!).ToList();
        Assert.Contains(ExportedGraph.InjectionName, names);
        Assert.Contains(ExportedGraph.HostileName, names);
    }

    [Fact]
    public async Task Edges_links_and_merges_are_all_in_the_script_with_float_amounts()
    {
        await using var graph = await ExportedGraph.CreateAsync(Ct);

        var (script, result) = await ExportAsync(graph);

        var statements = CypherLiteralReader.Statements(script);
        var edgeRows = RowsOf(statements, "]->(b)\nSET r = row.props").ToList();
        Assert.Equal(graph.Edges.Count, edgeRows.Count);
        Assert.Equal(graph.Edges.Count, result.Edges);
        var byId = edgeRows.ToDictionary(r => (string)((IReadOnlyDictionary<string, object?>)r["props"]!)["id"]!);
        foreach (var edge in graph.Edges)
        {
            var row = byId[edge.Id];
            var props = (IReadOnlyDictionary<string, object?>)row["props"]!;
            Assert.Equal((edge.FromId, edge.ToId), ((string)row["fromId"]!, (string)row["toId"]!));
            Assert.Equal(edge.Description, props.GetValueOrDefault("description"));
            // Amounts are written as Float literals, so Cypher sums them as the store does.
            Assert.Equal(edge.Amount is null ? null : (double)edge.Amount.Value, props.GetValueOrDefault("amount"));
            Assert.Equal(edge.Year is null ? null : (long)edge.Year.Value, props.GetValueOrDefault("year"));
        }
        Assert.Contains("[r:BALANCE {id: row.props.id}]", script, StringComparison.Ordinal);
        Assert.Equal(graph.RelatedParties.Count, RowsOf(statements, "RELATED_PARTY").Count());
        var sameAs = Assert.Single(RowsOf(statements, "SAME_AS"));
        Assert.Equal(graph.SameAs[0].Reason, ((IReadOnlyDictionary<string, object?>)sameAs["props"]!)["reason"]);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("it's")]
    [InlineData("back\\slash")]
    [InlineData("\\'")]
    [InlineData("line\nbreak\r\ttab")]
    [InlineData("quote \" double")]
    [InlineData("nul\0 bell\a del\u007F sep\u2028")]
    [InlineData("'}) DETACH DELETE n //")]
    public void String_literals_read_back_to_the_same_text(string text)
    {
        var literal = CypherLiteral.String(text);

        Assert.Equal(text, new CypherLiteralReader(literal).Value());
        Assert.DoesNotContain('\n', literal);
    }

    [Theory]
    [InlineData(100.0, "100.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e21, "1E21")]
    [InlineData(1.5e-7, "1.5E-07")]
    public void Floats_are_always_float_literals(double value, string expected) =>
        Assert.Equal(expected, CypherLiteral.Of(value));

    [Fact]
    public void Map_keys_must_be_plain_names() =>
        Assert.Throws<ArgumentException>(() => CypherLiteral.Map(new Dictionary<string, object?> { ["a b"] = 1 }));
}
