using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>An entity's counterparty with totals that sum edges (never paths).</summary>
public sealed record Counterparty(Entity Entity, IReadOnlyList<KindYearTotal> Totals, IReadOnlyList<int> Years);

/// <summary>Sum of edge amounts for one kind, year and currency, and how many edges it sums.</summary>
public sealed record KindYearTotal(string Kind, int? Year, string? Currency, decimal Amount, int EdgeCount);
