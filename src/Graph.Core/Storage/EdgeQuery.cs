namespace Graph.Core.Storage;

/// <summary>A page of edges, optionally those touching one entity (either direction).</summary>
public sealed record EdgeQuery
{
    public string? EntityId { get; init; }
    public EdgeFilter Filter { get; init; } = EdgeFilter.None;
    public EdgeOrder Order { get; init; } = EdgeOrder.Default;
    public int First { get; init; } = 50;
    public string? After { get; init; }
}
