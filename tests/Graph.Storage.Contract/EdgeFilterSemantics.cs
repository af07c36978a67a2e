using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Storage.Contract;

/// <summary>
/// What an <see cref="EdgeFilter"/> means, written once in plain C# so the contract can check
/// every store against it: amount bounds apply to the value in currency units, currencies
/// ignore case, and a year bound excludes edges whose year is unknown.
/// </summary>
public static class EdgeFilterSemantics
{
    public static bool Matches(EdgeFilter filter, GraphEdge edge) =>
        (filter.Kinds is not { Count: > 0 } kinds || kinds.Contains(edge.Kind))
        && (filter.YearFrom is not { } from || edge.Year >= from)
        && (filter.YearTo is not { } to || edge.Year <= to)
        && (filter.MinAmount is not { } min || edge.Value >= min)
        && (filter.MaxAmount is not { } max || edge.Value <= max)
        && (filter.Currencies is not { Count: > 0 } currencies
            || currencies.Any(c => string.Equals(c, edge.Currency, StringComparison.OrdinalIgnoreCase)))
        && (filter.ReportedBy is not { Count: > 0 } reporters || reporters.Contains(edge.ReportedBy));
}
