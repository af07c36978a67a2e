namespace Graph.Core.Storage;

public enum EdgeOrderField { Amount, Year, Kind }

/// <summary>Sort order for edge listings; ties break on edge id so keyset cursors are stable.</summary>
public sealed record EdgeOrder(EdgeOrderField Field = EdgeOrderField.Year, bool Descending = true)
{
    public static readonly EdgeOrder Default = new();
}
