namespace Graph.Core.Storage;

/// <summary>A keyset page: the items, each with its opaque cursor, and whether more follow.</summary>
public sealed record Page<T>(IReadOnlyList<PageItem<T>> Items, bool HasNextPage, int TotalCount)
{
    public string? EndCursor => Items.Count == 0 ? null : Items[^1].Cursor;
}

public sealed record PageItem<T>(T Node, string Cursor);
