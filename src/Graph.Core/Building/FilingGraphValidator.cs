using Graph.Core.Model;

namespace Graph.Core.Building;

/// <summary>Rejects a filing graph that cannot be written, before anything is written.</summary>
public static class FilingGraphValidator
{
    public static void Validate(FilingGraph graph)
    {
        var filing = graph.Filing ?? throw new ArgumentException("The filing graph has no filing.", nameof(graph));
        if (string.IsNullOrWhiteSpace(filing.Id))
            throw new ArgumentException("The filing has no id.", nameof(graph));
        if (string.IsNullOrWhiteSpace(filing.ReporterId))
            throw new ArgumentException($"Filing '{filing.Id}' has no reporter.", nameof(graph));
        foreach (var entity in graph.Entities)
        {
            if (string.IsNullOrWhiteSpace(entity.Id) || string.IsNullOrWhiteSpace(entity.Name))
                throw new ArgumentException($"Filing '{filing.Id}' carries an entity without id or name.", nameof(graph));
        }
        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            if (string.IsNullOrWhiteSpace(edge.Id) || !edgeIds.Add(edge.Id))
                throw new ArgumentException($"Filing '{filing.Id}' has a missing or repeated edge id '{edge.Id}'.", nameof(graph));
            if (edge.FilingId != filing.Id)
                throw new ArgumentException($"Edge '{edge.Id}' belongs to filing '{edge.FilingId}', not '{filing.Id}'.", nameof(graph));
        }
    }
}
