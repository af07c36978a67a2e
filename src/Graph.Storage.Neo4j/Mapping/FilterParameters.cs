using Graph.Core.Storage;

namespace Graph.Storage.Neo4j.Mapping;

/// <summary>
/// An <see cref="EdgeFilter"/> as the parameters every filtered statement reads. Null means no
/// constraint; amount bounds apply to the value in currency units; reporters come already
/// expanded to every member of their SAME_AS clusters (an empty list matches nothing).
/// </summary>
internal static class FilterParameters
{
    public static Dictionary<string, object?> Of(EdgeFilter filter, IReadOnlyCollection<string>? reporterMembers) => new()
    {
        ["kinds"] = filter.Kinds is { Count: > 0 } kinds ? kinds.ToList() : null,
        ["yearFrom"] = filter.YearFrom,
        ["yearTo"] = filter.YearTo,
        ["minAmount"] = filter.MinAmount,
        ["maxAmount"] = filter.MaxAmount,
        ["currencies"] = filter.Currencies is { Count: > 0 } currencies ? currencies.Select(c => c.ToUpperInvariant()).ToList() : null,
        ["reporters"] = reporterMembers?.ToList(),
    };

    /// <summary>The filter parameters plus the statement's own.</summary>
    public static Dictionary<string, object?> With(this Dictionary<string, object?> parameters, params (string Name, object? Value)[] more)
    {
        var copy = new Dictionary<string, object?>(parameters, StringComparer.Ordinal);
        foreach (var (name, value) in more)
            copy[name] = value;
        return copy;
    }
}
