using System.Globalization;
using Graph.Core.Model;
using Graph.Storage.Neo4j.Export;

namespace Graph.Storage.Neo4j.Tests.Export;

public sealed class Neo4jCsvExporterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Files_carry_the_headers_neo4j_admin_import_expects()
    {
        await using var graph = await ExportedGraph.CreateAsync(Ct);
        var output = Path.Combine(graph.Directory, "csv");

        var result = await new Neo4jCsvExporter().ExportAsync(graph.Store, output, Ct);

        var expected = new Dictionary<string, string[]>
        {
            ["entities.csv"] = ["id:ID(Entity)", ":LABEL", "name", "type", "aliases:string[]", "aliasText", "searchText", "nameKeyText", "isReporter:boolean", "cik", "lei", "jurisdiction", "placeholder"],
            ["filings.csv"] = ["id:ID(Filing)", ":LABEL", "reporterId", "form", "fiscalYear:int", "periodEnd", "source", "contentHash", "ingestedAt"],
            ["graph_meta.csv"] = ["id:ID(GraphMeta)", ":LABEL", "seq:long"],
            ["filed_by.csv"] = [":START_ID(Filing)", ":END_ID(Entity)", ":TYPE"],
            ["transactions.csv"] = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id", "kind", "year:int", "asOf", "period", "amount:double", "currency", "scale:double", "value:double", "description", "nature", "reportedBy", "filingId", "evidenceStart:int", "evidenceEnd:int", "quote", "seq:long"],
            ["related_parties.csv"] = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "relationship", "filingId", "seq:long"],
            ["same_as.csv"] = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id", "method", "score:double", "by", "at", "reason", "active:boolean", "seq:long"],
        };
        expected["balances.csv"] = expected["transactions.csv"];
        Assert.Equal(expected.Keys.Order(), Directory.GetFiles(output).Select(Path.GetFileName).Order());
        foreach (var (file, header) in expected)
            Assert.Equal(header, CsvFile.Read(Path.Combine(output, file)).Header);
        Assert.Equal(["entities.csv", "filings.csv", "graph_meta.csv"], result.NodeFiles);
        Assert.Equal(["filed_by.csv", "transactions.csv", "balances.csv", "related_parties.csv", "same_as.csv"], result.RelationshipFiles);
    }

    [Fact]
    public async Task Exported_rows_read_back_to_exactly_what_the_embedded_store_holds()
    {
        await using var graph = await ExportedGraph.CreateAsync(Ct);
        var output = Path.Combine(graph.Directory, "csv");

        var result = await new Neo4jCsvExporter().ExportAsync(graph.Store, output, Ct);
        var delimiter = result.ArrayDelimiter;

        var entities = CsvFile.Read(Path.Combine(output, "entities.csv")).Rows.Select(r => new Entity
        {
            Id = r["id:ID(Entity)"]!,
            Name = r["name"]!,
            Type = r["type"]!,
            Aliases = r["aliases:string[]"] is { } a ? a.Split(delimiter) : [],
            IsReporter = bool.Parse(r["isReporter:boolean"]!),
            Cik = r["cik"],
            Lei = r["lei"],
            Jurisdiction = r["jurisdiction"],
            Placeholder = r["placeholder"],
        }).ToList();
        Assert.Equal(graph.Entities.Count, entities.Count);
        foreach (var (expected, actual) in graph.Entities.Zip(entities))
        {
            Assert.Equal(expected with { Aliases = [] }, actual with { Aliases = [] });
            Assert.Equal(expected.Aliases, actual.Aliases);
        }
        var entityRows = CsvFile.Read(Path.Combine(output, "entities.csv")).Rows;
        var typeLabels = new Dictionary<string, string> { ["company"] = "Company", ["person"] = "Person", ["group"] = "Group", ["other"] = "Other" };
        // Labels are split with the same array delimiter as the aliases.
        Assert.All(entityRows.Zip(graph.Entities), p =>
            Assert.Equal(["Entity", typeLabels[p.Second.Type]], p.First[":LABEL"]!.Split(delimiter)));

        var filings = CsvFile.Read(Path.Combine(output, "filings.csv")).Rows.Select(r => new Filing
        {
            Id = r["id:ID(Filing)"]!,
            ReporterId = r["reporterId"]!,
            Form = r["form"],
            FiscalYear = r["fiscalYear:int"] is { } y ? int.Parse(y, CultureInfo.InvariantCulture) : null,
            PeriodEnd = r["periodEnd"],
            Source = r["source"],
            ContentHash = r["contentHash"],
            IngestedAt = DateTimeOffset.Parse(r["ingestedAt"]!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        }).ToList();
        Assert.Equal(graph.Filings, filings);
        Assert.Equal(graph.Filings.Select(f => (f.Id, f.ReporterId)),
            CsvFile.Read(Path.Combine(output, "filed_by.csv")).Rows.Select(r => (r[":START_ID(Filing)"]!, r[":END_ID(Entity)"]!)));

        var edges = new[] { "transactions.csv", "balances.csv" }
            .SelectMany(file => CsvFile.Read(Path.Combine(output, file)).Rows)
            .Select(r => (Seq: long.Parse(r["seq:long"]!, CultureInfo.InvariantCulture), Edge: new GraphEdge
            {
                Id = r["id"]!,
                Category = r[":TYPE"] == "BALANCE" ? EdgeCategory.Balance : EdgeCategory.Transaction,
                Kind = r["kind"]!,
                FromId = r[":START_ID(Entity)"]!,
                ToId = r[":END_ID(Entity)"]!,
                Year = Int(r["year:int"]),
                AsOf = r["asOf"],
                Period = r["period"],
                Amount = Dec(r["amount:double"]),
                Currency = r["currency"],
                Scale = Dec(r["scale:double"]),
                Value = Dec(r["value:double"]),
                Description = r["description"],
                Nature = r["nature"],
                ReportedBy = r["reportedBy"]!,
                FilingId = r["filingId"]!,
                EvidenceStart = Int(r["evidenceStart:int"]),
                EvidenceEnd = Int(r["evidenceEnd:int"]),
                Quote = r["quote"],
            }))
            .OrderBy(e => e.Seq)
            .ToList();
        Assert.Equal(graph.Edges, edges.Select(e => e.Edge));
        Assert.Equal(Enumerable.Range(1, graph.Edges.Count).Select(i => (long)i), edges.Select(e => e.Seq));

        var links = CsvFile.Read(Path.Combine(output, "related_parties.csv")).Rows
            .Select(r => new RelatedPartyLink(r[":START_ID(Entity)"]!, r[":END_ID(Entity)"]!, r["relationship"], r["filingId"]!)).ToList();
        Assert.Equal(graph.RelatedParties, links);

        var sameAs = CsvFile.Read(Path.Combine(output, "same_as.csv")).Rows.Select(r => new SameAsLink(
            r["id"]!, r[":START_ID(Entity)"]!, r[":END_ID(Entity)"]!, r["method"]!, double.Parse(r["score:double"]!, CultureInfo.InvariantCulture),
            r["by"]!, DateTimeOffset.Parse(r["at"]!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), r["reason"])).ToList();
        Assert.Equal(graph.SameAs, sameAs);

        var meta = Assert.Single(CsvFile.Read(Path.Combine(output, "graph_meta.csv")).Rows);
        Assert.Equal((graph.Edges.Count + graph.RelatedParties.Count + graph.SameAs.Count).ToString(CultureInfo.InvariantCulture), meta["seq:long"]);
        Assert.Equal((graph.Entities.Count, graph.Filings.Count, graph.Edges.Count), (result.Entities, result.Filings, result.Edges));
    }

    [Fact]
    public async Task Hostile_names_survive_quoting_and_an_alias_with_a_semicolon_moves_the_array_delimiter()
    {
        await using var graph = await ExportedGraph.CreateAsync(Ct);
        var output = Path.Combine(graph.Directory, "csv");

        var result = await new Neo4jCsvExporter().ExportAsync(graph.Store, output, Ct);

        // "OB;H|x" holds both ';' and '|': the unit separator is the first delimiter it lacks.
        Assert.Equal('\u001F', result.ArrayDelimiter);
        var hostile = CsvFile.Read(Path.Combine(output, "entities.csv")).Rows.Single(r => r["name"] == ExportedGraph.HostileName);
        Assert.Equal([ExportedGraph.HostileAlias, "back\\slash'quote"], hostile["aliases:string[]"]!.Split('\u001F'));
        Assert.Contains(CsvFile.Read(Path.Combine(output, "entities.csv")).Rows, r => r["name"] == ExportedGraph.InjectionName);
        Assert.Contains("--array-delimiter=U+001F", result.ImportCommand(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_command_names_every_file_and_reads_multiline_fields()
    {
        await using var graph = await ExportedGraph.CreateAsync(Ct);
        var output = Path.Combine(graph.Directory, "csv");

        var result = await new Neo4jCsvExporter().ExportAsync(graph.Store, output, Ct);
        var command = result.ImportCommand("graph", "/import");

        Assert.StartsWith("neo4j-admin database import full graph ", command, StringComparison.Ordinal);
        Assert.Contains("--multiline-fields=true", command, StringComparison.Ordinal);
        foreach (var file in result.NodeFiles)
            Assert.Contains($"--nodes=/import/{file}", command, StringComparison.Ordinal);
        foreach (var file in result.RelationshipFiles)
            Assert.Contains($"--relationships=/import/{file}", command, StringComparison.Ordinal);
    }

    private static int? Int(string? s) => s is null ? null : int.Parse(s, CultureInfo.InvariantCulture);

    private static decimal? Dec(string? s) => s is null ? null : (decimal)double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
