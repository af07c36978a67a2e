using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>
/// An n-hop neighbourhood ready to draw. When the node cap is hit, <see cref="Truncated"/> is
/// true and <see cref="Omitted"/> counts the entities left out. When more edges run among the
/// nodes than the edge limit, <see cref="EdgesOmitted"/> counts those not returned (see
/// <see cref="NetworkEdgeSelection"/> for which are kept).
/// </summary>
public sealed record Network(IReadOnlyList<Entity> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated, int Omitted, int EdgesOmitted);

/// <summary>One path: nodes in order and the edge between each consecutive pair.</summary>
public sealed record GraphPath(IReadOnlyList<Entity> Nodes, IReadOnlyList<GraphEdge> Edges);

/// <summary>A counterparty linked to two or more of the given entities.</summary>
public sealed record SharedCounterparty(Entity Entity, IReadOnlyList<string> LinkedTo, IReadOnlyList<GraphEdge> Edges);

public enum ChangeType { New, Vanished, Changed, Unchanged }

/// <summary>Year-over-year change of one counterparty's flows and balances, per kind and currency.</summary>
public sealed record Change(
    Entity Counterparty, ChangeType Type, string Kind, string? Currency, decimal FromAmount, decimal ToAmount);
