namespace Graph.Extraction;

/// <summary>The input cannot be a note at all (empty, binary, too large): a clear message, not a crash.</summary>
public sealed class InputRejectedException(string message) : Exception(message);
