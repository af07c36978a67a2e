namespace Graph.Core.Model;

/// <summary>
/// Everything one filing contributes to the graph, computed once, independent of the store:
/// both stores write exactly this, all or nothing.
/// </summary>
public sealed record FilingGraph(
    Filing Filing,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<GraphEdge> Edges,
    IReadOnlyList<RelatedPartyLink> RelatedParties);
