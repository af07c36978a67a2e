namespace Graph.Core.Storage;

public enum IngestStatus
{
    /// <summary>The filing was new and was written.</summary>
    Added,
    /// <summary>The same filing id with different content: its facts were replaced.</summary>
    Replaced,
    /// <summary>The same filing id with the same content: nothing changed.</summary>
    Unchanged,
}

public sealed record IngestOutcome(string FilingId, IngestStatus Status, int EntitiesAdded, int EdgesWritten);
