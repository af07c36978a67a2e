using System.Reflection;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j.Tests.Store;

public sealed class StatementsTests
{
    private static readonly FieldInfo[] Fields = typeof(Statements).GetFields(BindingFlags.Public | BindingFlags.Static);

    [Fact]
    public void Every_embedded_statement_file_is_one_statement_the_store_sends()
    {
        var resources = typeof(Statements).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Graph.Storage.Neo4j.Cypher.", StringComparison.Ordinal)).ToList();

        // One field per file: the schema file is the list, every other file one string.
        Assert.Equal(resources.Count, Fields.Length);
        Assert.All(Fields.Where(f => f.FieldType == typeof(string)), f => Assert.False(string.IsNullOrWhiteSpace((string?)f.GetValue(null)), f.Name));
    }

    [Fact]
    public void Schema_splits_into_single_statements_without_comments()
    {
        Assert.Equal(22, Statements.Schema.Count);
        Assert.All(Statements.Schema, s =>
        {
            Assert.DoesNotContain(";", s, StringComparison.Ordinal);
            Assert.DoesNotContain("//", s, StringComparison.Ordinal);
            Assert.Matches("^(CREATE (CONSTRAINT|INDEX|TEXT INDEX|FULLTEXT INDEX) .* IF NOT EXISTS |MERGE )", s);
        });
    }

    [Fact]
    public void Binding_a_literal_replaces_that_parameter_only()
    {
        var bound = Statements.Bind("UNWIND $rows AS row MATCH (e {id: $rowsId}) SET e.x = $rows[0]", "rows", "['$1 $rows']");

        Assert.Equal("UNWIND ['$1 $rows'] AS row MATCH (e {id: $rowsId}) SET e.x = ['$1 $rows'][0]", bound);
        Assert.Throws<ArgumentException>(() => Statements.Bind("RETURN $other", "rows", "[]"));
    }
}
