namespace Graph.Ingest;

/// <summary>A note could not be ingested for a reason the user can act on; nothing of it was written.</summary>
public sealed class NoteIngestException(string message, Exception? inner = null) : Exception(message, inner);
