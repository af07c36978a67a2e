namespace Graph.Core.Building;

/// <summary>A note cannot become a filing (no reporter known, for instance): a clear message, not a crash.</summary>
public sealed class FilingRejectedException(string message) : Exception(message);
