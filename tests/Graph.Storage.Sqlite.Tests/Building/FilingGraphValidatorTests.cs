using Graph.Core.Building;
using Graph.Core.Model;

namespace Graph.Storage.Sqlite.Tests.Building;

/// <summary>The checks both stores run on a filing graph before writing it.</summary>
public sealed class FilingGraphValidatorTests
{
    private static readonly Filing Filing = new() { Id = "f1", ReporterId = "r1" };

    private static GraphEdge Edge(string id, string filingId = "f1") =>
        new() { Id = id, FilingId = filingId, FromId = "r1", ToId = "e1", Kind = "sale", ReportedBy = "r1", Category = EdgeCategory.Transaction };

    private static FilingGraph Graph(Filing filing, params GraphEdge[] edges) => new(filing, [], edges, []);

    [Fact]
    public void A_graph_without_a_reporter_is_rejected() =>
        Assert.Throws<ArgumentException>(() => FilingGraphValidator.Validate(Graph(Filing with { ReporterId = "" })));

    [Fact]
    public void A_repeated_edge_id_is_rejected() =>
        Assert.Throws<ArgumentException>(() => FilingGraphValidator.Validate(Graph(Filing, Edge("x"), Edge("x"))));

    [Fact]
    public void An_edge_of_another_filing_is_rejected() =>
        Assert.Throws<ArgumentException>(() => FilingGraphValidator.Validate(Graph(Filing, Edge("x", "f2"))));

    [Fact]
    public void A_well_formed_graph_passes() =>
        FilingGraphValidator.Validate(Graph(Filing, Edge("x"), Edge("y")));
}
